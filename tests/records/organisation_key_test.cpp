// The organisation key: made only on request, private, read safely, never replaced.

#include "mamori/records/organisation_key.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

using namespace mamori::records;
namespace fs = std::filesystem;

TEST_CASE("a key is created on request, privately, once, and read back the same")
{
    mamori::test::TemporaryDirectory folder;
    const auto file = folder.path() / "organisation.key";
    auto created = createOrganisationKey(file);
    REQUIRE(created);
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    auto loaded = loadOrganisationKey(file);
    REQUIRE(loaded);
    CHECK(loaded.value().key.bytes() == created.value().bytes());
    CHECK(loaded.value().key.id().size() == 16);
    CHECK(loaded.value().warnings.empty());
    // Never replaced: a second create is refused and the first key stays.
    auto again = createOrganisationKey(file);
    REQUIRE_FALSE(again);
    CHECK(again.refusal().code == mamori::scoring::RefusalCode::KeyExists);
    CHECK(loadOrganisationKey(file).value().key.bytes() == created.value().bytes());
    auto other = createOrganisationKey(folder.path() / "other.key");
    REQUIRE(other);
    CHECK(other.value().bytes() != created.value().bytes());
}

TEST_CASE("a missing key file is refused as missing, and nothing is created on the way")
{
    mamori::test::TemporaryDirectory folder;
    const auto file = folder.path() / "mistyped" / "organisation.key";
    auto loaded = loadOrganisationKey(file);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.refusal().code == mamori::scoring::RefusalCode::KeyMissing);
    CHECK(loaded.refusal().message.find(file.string() + " does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(folder.path() / "mistyped"));
    // Creating one does not make folders either: a mistyped folder is reported.
    auto created = createOrganisationKey(file);
    REQUIRE_FALSE(created);
    CHECK(created.refusal().code == mamori::scoring::RefusalCode::KeyUnwritable);
    CHECK_FALSE(fs::exists(folder.path() / "mistyped"));
}

TEST_CASE("whitespace around the 64 hex digits is ignored the same at both ends; anything else is malformed")
{
    mamori::test::TemporaryDirectory folder;
    const std::string hex(64, 'a');
    const auto plain = loadOrganisationKey(folder.write("plain.key", hex));
    REQUIRE(plain);
    for (const std::string& text : {"  " + hex, hex + "\n", "\t" + hex + " \r\n", "\n\n" + hex + "\n\n"}) {
        CAPTURE(text);
        auto loaded = loadOrganisationKey(folder.write("spaced.key", text));
        REQUIRE(loaded);
        CHECK(loaded.value().key.bytes() == plain.value().key.bytes());
    }
    for (const std::string& text : {std::string("not hex at all\n"), hex.substr(1), hex + "a", hex.substr(0, 32) + " " + hex.substr(32),
                                    std::string(), std::string("\n")}) {
        CAPTURE(text);
        CHECK(loadOrganisationKey(folder.write("bad.key", text)).refusal().code == mamori::scoring::RefusalCode::KeyMalformed);
    }
}

TEST_CASE("a key file that is a FIFO, a device or a folder is refused at once; a huge one is not read")
{
    mamori::test::TemporaryDirectory folder;
    const auto fifo = folder.path() / "fifo.key";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto fromFifo = loadOrganisationKey(fifo);   // would block forever if it were opened for reading
    REQUIRE_FALSE(fromFifo);
    CHECK(fromFifo.refusal().code == mamori::scoring::RefusalCode::KeyUnreadable);
    CHECK(fromFifo.refusal().message.find("is a FIFO (named pipe), not a regular file") != std::string::npos);

    auto fromZero = loadOrganisationKey("/dev/zero");   // would never end
    REQUIRE_FALSE(fromZero);
    CHECK(fromZero.refusal().message.find("/dev/zero is a character device, not a regular file") != std::string::npos);

    CHECK(loadOrganisationKey(folder.path()).refusal().message.find("is a folder") != std::string::npos);

    const auto huge = folder.write("huge.key", std::string(5000, 'a'));
    CHECK(loadOrganisationKey(huge).refusal().code == mamori::scoring::RefusalCode::KeyMalformed);
}

TEST_CASE("a key readable or writable by other accounts is used, with a warning")
{
    mamori::test::TemporaryDirectory folder;
    const auto file = folder.path() / "organisation.key";
    REQUIRE(createOrganisationKey(file));
    REQUIRE(::chmod(file.c_str(), 0644) == 0);
    auto readable = loadOrganisationKey(file);
    REQUIRE(readable);
    REQUIRE(readable.value().warnings.size() == 1);
    CHECK(readable.value().warnings[0].find("is readable by every account on this machine") != std::string::npos);
    REQUIRE(::chmod(file.c_str(), 0660) == 0);
    auto writable = loadOrganisationKey(file);
    REQUIRE(writable.value().warnings.size() == 1);
    CHECK(writable.value().warnings[0].find("can be changed by other accounts") != std::string::npos);
    REQUIRE(::chmod(file.c_str(), 0640) == 0);   // group-readable for the accounts that run Mamori: fine
    CHECK(loadOrganisationKey(file).value().warnings.empty());
}
