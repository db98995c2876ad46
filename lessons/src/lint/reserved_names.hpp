#pragma once
// The names an exercise may use for made-up senders and sites: those reserved so that they can
// never belong to anyone (RFC 2606 and 6761: example.com/.net/.org and the .example, .invalid and
// .test names; JPRS's example.jp; RFC 5737's and 3849's documentation addresses). A real
// domain in a training mail would send learners who click it to a real company, or make a real
// brand look like an attacker.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::lessons::lint {

/// The host a link goes to: `https://user@host:8443/path` → `host`, `mailto:a@host` → `host`,
/// `www.host/path` → `www.host`, `https://[2001:db8::1]/` → `2001:db8::1`; lower case, without a
/// trailing dot. Nullopt for addresses with no host (`tel:`, `javascript:`).
std::optional<std::string> hostOfLink(std::string_view href);

/// The domain of a mail address (after its last '@'), lower case.
std::string domainOfAddress(std::string_view address);

/// Whether `host` (as returned above) is a reserved name or a documentation IP address.
bool isReservedHost(std::string_view host);

/// The hosts a header value names: `mx.example.jp`, the domain of `a@b.example`, `203.0.113.7`.
/// A word followed by '=' is a property's name (`smtp.mailfrom=`), not a host; a word whose last
/// label is not letters (`16.0`) is not one either. Each host once, lower case, in order.
std::vector<std::string> hostsInHeaderValue(std::string_view value);

/// Whether a link's shown text reads as an address a learner would take for a site
/// (`https://…`, `http://…`, `www.…`), whose host should then be reserved too.
bool looksLikeAddress(std::string_view text);

} // namespace mamori::lessons::lint
