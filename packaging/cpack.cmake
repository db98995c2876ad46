# The Debian package: `cmake --build BUILD --target package` on a Release build configured with
# -DCMAKE_INSTALL_PREFIX=/usr (see README). CPack runs the install rules (packaging/) into a
# staging folder and packs it; dpkg-shlibdeps (dpkg-dev) works out the libraries' packages.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mamori)
set(CPACK_PACKAGE_VENDOR "The Mamori developers")
set(CPACK_PACKAGE_CONTACT "The Mamori developers <mamori@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "trade-secret protection training for employees (守り)")
set(CPACK_PACKAGE_DESCRIPTION [=[
Mamori runs bilingual (Japanese and English) lessons, quizzes, scenario
quizzes and a simulated inbox that teach employees to protect trade
secrets: while teleworking, when people leave the company, and against
targeted attacks. Learners' progress is kept in signed, tamper-evident
files, on the PC or on a shared folder.

Trainers write lesson packs in XML, with precise FILE:LINE diagnostics,
an author mode with live preview, and Moodle XML import and export.
HR reviews completions across the organisation in a records view and
with mamori-tool: roster, dashboard, exports and certificates, over an
SQLite or PostgreSQL index.]=])
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Japanese font is found through fontconfig at run time, which shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-ipafont-gothic")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/packaging/debian/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# Absolute destinations (/etc/mamori) are staged like the rest.
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
include(CPack)
