# Translations: English source strings, Bokmål and Nynorsk in resources/translations/*.ts.
# `cmake --build build --target update_translations` refreshes the .ts files from the sources (lupdate);
# the build compiles them (lrelease) into praksis_core's resources under :/praksis/i18n.
set(PRAKSIS_TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/praksisplan_nb.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/praksisplan_nn.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/praksisplan_en.ts)
file(GLOB_RECURSE PRAKSIS_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
# lupdate runs directly (not qt_add_lupdate) so that it sees the include paths of both core/ and ui/; without
# them it cannot resolve the namespaces of ui classes and files their strings under the wrong context.
string(REPLACE ";" "\n" PRAKSIS_TR_SOURCE_LIST "${PRAKSIS_TR_SOURCES}")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/praksis_tr_sources.lst "${PRAKSIS_TR_SOURCE_LIST}\n")
add_custom_target(update_translations
    COMMAND Qt6::lupdate -no-obsolete -locations none -I ${PROJECT_SOURCE_DIR}/core -I ${PROJECT_SOURCE_DIR}/ui
            @${CMAKE_CURRENT_BINARY_DIR}/praksis_tr_sources.lst -ts ${PRAKSIS_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Refreshing resources/translations/*.ts"
    VERBATIM)
# Qt's own texts the program shows (buttons, wizard, file and print dialogs, context menus, key names) in Bokmål and
# Nynorsk: Debian has no Bokmål catalogue for Qt, and Flatpak, Windows and macOS may have neither. Made from Qt 6.4.2's
# Nynorsk catalogue by tools/qt_catalogue.py; in the resources as :/praksis/i18n/qt/praksisplan_qt_<code>.qm.
set(PRAKSIS_QT_TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/qt/praksisplan_qt_nb.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/qt/praksisplan_qt_nn.ts)
set_source_files_properties(${PRAKSIS_QT_TS_FILES} PROPERTIES OUTPUT_LOCATION ${CMAKE_CURRENT_BINARY_DIR}/qt)
qt_add_lrelease(praksis_core TS_FILES ${PRAKSIS_TS_FILES} ${PRAKSIS_QT_TS_FILES} QM_FILES_OUTPUT_VARIABLE PRAKSIS_QM_FILES)
qt_add_resources(praksis_core praksis_translations PREFIX /praksis/i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${PRAKSIS_QM_FILES})
