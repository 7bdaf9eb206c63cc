# The Debian package `kommunsok` (scripts/package builds it): the three programs in /usr/bin,
# the systemd units, /etc/default/kommunsok, and maintainer scripts that create the system
# user kommunsok and /var/lib/kommunsok. Library dependencies are computed by dpkg-shlibdeps
# (package dpkg-dev); the data the programs read at run time are named by hand.
set(KOMMUNSOK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

install(FILES ${KOMMUNSOK_PACKAGING_DIR}/systemd/kommunsok-server.service
              ${KOMMUNSOK_PACKAGING_DIR}/systemd/kommunsok-indexer.service
              ${KOMMUNSOK_PACKAGING_DIR}/systemd/kommunsok-indexer.timer
              ${KOMMUNSOK_PACKAGING_DIR}/systemd/kommunsok-indexer-watch.service
        DESTINATION lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION share/doc/kommunsok)
# An absolute path: only a package build installs it, never a developer's `cmake --install`.
option(KOMMUNSOK_PACKAGE "Also install /etc/default/kommunsok (for the .deb)" OFF)
if(KOMMUNSOK_PACKAGE)
  install(FILES ${KOMMUNSOK_PACKAGING_DIR}/kommunsok.default DESTINATION /etc/default RENAME kommunsok)
  install(FILES ${KOMMUNSOK_PACKAGING_DIR}/kommunsok.properties DESTINATION /etc/kommunsok)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kommunsok)
set(CPACK_PACKAGE_VENDOR "Kommunsök")
set(CPACK_PACKAGE_CONTACT "Kommunsök maintainers <kommunsok@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Full-text search over Swedish municipal documents")
set(CPACK_PACKAGE_DESCRIPTION
    "Kommunsök indexes answers to interpellations, protocol paragraphs and samverkan protocols\n"
    "(PDF with OCR, Word, OpenDocument, HTML, text) into a Xapian index with Swedish stemming\n"
    "and serves a search API and page. kommunsok-admin backs up, restores and checks the index.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Install through DESTDIR, so the absolute /etc/default lands in the package, not on this machine.
set(CPACK_SET_DESTDIR ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Read at run time, not linked: the Swedish dictionary (compound splitting), the Swedish OCR
# model, and adduser for postinst.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, hunspell-sv, tesseract-ocr-swe")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${KOMMUNSOK_PACKAGING_DIR}/debian/postinst
    ${KOMMUNSOK_PACKAGING_DIR}/debian/prerm
    ${KOMMUNSOK_PACKAGING_DIR}/debian/postrm)
if(KOMMUNSOK_PACKAGE)
  list(APPEND CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${KOMMUNSOK_PACKAGING_DIR}/debian/conffiles)
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
