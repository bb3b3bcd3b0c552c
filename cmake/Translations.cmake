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
qt_add_lupdate(praksis_core TS_FILES ${PRAKSIS_TS_FILES} SOURCES ${PRAKSIS_TR_SOURCES}
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(praksis_core TS_FILES ${PRAKSIS_TS_FILES} QM_FILES_OUTPUT_VARIABLE PRAKSIS_QM_FILES)
qt_add_resources(praksis_core praksis_translations PREFIX /praksis/i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${PRAKSIS_QM_FILES})
