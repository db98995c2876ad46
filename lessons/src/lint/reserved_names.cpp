#include "reserved_names.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace mamori::lessons::lint {
namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) text.remove_suffix(1);
    return text;
}

bool endsWithLabel(std::string_view host, std::string_view name)
{
    return host == name || (host.size() > name.size() && host.ends_with(name) && host[host.size() - name.size() - 1] == '.');
}

/// The four numbers of a dotted IPv4 address, or nullopt.
std::optional<std::array<int, 4>> ipv4(std::string_view host)
{
    std::array<int, 4> parts{};
    const char* at = host.data();
    const char* end = host.data() + host.size();
    for (std::size_t i = 0; i < 4; ++i) {
        auto [next, ec] = std::from_chars(at, end, parts[i]);
        if (ec != std::errc() || next == at || parts[i] > 255) return std::nullopt;
        at = next;
        if (i < 3) {
            if (at == end || *at != '.') return std::nullopt;
            ++at;
        }
    }
    if (at != end) return std::nullopt;
    return parts;
}

} // namespace

std::optional<std::string> hostOfLink(std::string_view href)
{
    href = trim(href);
    const std::string lowered = lower(href);
    if (lowered.starts_with("mailto:")) {
        std::string_view address = href.substr(7);
        address = address.substr(0, address.find('?'));
        return domainOfAddress(address);
    }
    std::string_view rest = href;
    if (const auto scheme = href.find("://"); scheme != std::string_view::npos) {
        rest = href.substr(scheme + 3);
    } else if (href.starts_with("//")) {
        rest = href.substr(2);
    } else if (const auto colon = href.find(':'); colon != std::string_view::npos && href.find_first_of("/.") > colon) {
        return std::nullopt;   // tel:, javascript:, data:… go to no host
    }
    std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);   // user@host
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        return lower(authority.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    }
    authority = authority.substr(0, authority.find(':'));   // the port
    while (authority.ends_with('.')) authority.remove_suffix(1);
    return lower(authority);
}

std::string domainOfAddress(std::string_view address)
{
    address = trim(address);
    const auto at = address.rfind('@');
    std::string_view domain = at == std::string_view::npos ? address : address.substr(at + 1);
    while (domain.ends_with('.')) domain.remove_suffix(1);
    return lower(domain);
}

bool isReservedHost(std::string_view host)
{
    if (host.empty()) return false;
    for (std::string_view name : {"example.jp", "example.com", "example.net", "example.org", "example", "invalid", "test"}) {
        if (endsWithLabel(host, name)) return true;
    }
    if (const auto ip = ipv4(host)) {
        const int a = (*ip)[0], b = (*ip)[1], c = (*ip)[2];
        return (a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113);
    }
    return host.starts_with("2001:db8:");   // IPv6 documentation prefix, 2001:db8::/32
}

std::vector<std::string> hostsInHeaderValue(std::string_view value)
{
    auto isWordCharacter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '@';
    };
    std::vector<std::string> hosts;
    for (std::size_t i = 0; i < value.size();) {
        if (!isWordCharacter(value[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < value.size() && isWordCharacter(value[end])) ++end;
        std::string_view word = value.substr(i, end - i);
        const bool propertyName = end < value.size() && value[end] == '=';
        i = end;
        if (propertyName) continue;
        if (const auto at = word.rfind('@'); at != std::string_view::npos) word.remove_prefix(at + 1);
        while (!word.empty() && word.front() == '.') word.remove_prefix(1);
        while (!word.empty() && word.back() == '.') word.remove_suffix(1);
        const auto lastDot = word.rfind('.');
        if (lastDot == std::string_view::npos) continue;
        const std::string_view top = word.substr(lastDot + 1);
        const bool lettersOnly = top.size() >= 2 && std::all_of(top.begin(), top.end(), [](char c) {
                                     return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                                 });
        if (!lettersOnly && !ipv4(word)) continue;
        std::string host = lower(word);
        if (std::find(hosts.begin(), hosts.end(), host) == hosts.end()) hosts.push_back(std::move(host));
    }
    return hosts;
}

bool looksLikeAddress(std::string_view text)
{
    const std::string lowered = lower(trim(text));
    return lowered.starts_with("http://") || lowered.starts_with("https://") || lowered.starts_with("www.");
}

} // namespace mamori::lessons::lint
