#include "index_target.hpp"

#include <doctest/doctest.h>
#include <libpq-fe.h>

#include <atomic>
#include <cstdlib>
#include <unistd.h>

namespace mamori::test {
namespace {

const char* serverUri()
{
    const char* uri = std::getenv("MAMORI_TEST_POSTGRES");
    return uri && *uri ? uri : nullptr;
}

} // namespace

bool indexesOnPostgres()
{
    return serverUri() != nullptr;
}

std::string freshIndexTarget(const std::filesystem::path& folder)
{
    const char* server = serverUri();
    if (!server) return (folder / "index.sqlite").string();
    static std::atomic<int> made{0};
    const std::string name = "mamori_test_" + std::to_string(::getpid()) + "_" + std::to_string(++made);
    PGconn* connection = PQconnectdb(server);
    REQUIRE_MESSAGE(PQstatus(connection) == CONNECTION_OK, PQerrorMessage(connection));
    PGresult* result = PQexec(connection, ("CREATE DATABASE " + name).c_str());
    const bool created = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string why = PQerrorMessage(connection);
    PQclear(result);
    PQfinish(connection);
    REQUIRE_MESSAGE(created, why);
    // The server's URI names its maintenance database: the new one replaces it.
    std::string uri = server;
    const auto path = uri.find('/', uri.find("://") + 3);
    const auto query = uri.find('?');
    return uri.substr(0, path) + "/" + name + (query == std::string::npos ? "" : uri.substr(query));
}

} // namespace mamori::test
