#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

// Loads the app's own and Qt's translations for the user's language (English and Simplified
// Chinese ship with the app).
namespace Translations {

// Installs translators on `app` for `locale`, replacing those an earlier call installed, and
// makes `locale` the default QLocale (dates, numbers); returns false when the app has no
// translation for that language (it then speaks English).
// The app's own come from the installed translations folder when it has them, else from the
// copies built into the executable.
bool install(QCoreApplication &app, const QLocale &locale);

// Where an installed copy keeps its .qm files: share/taskmonitor/translations beside the
// executable's bin folder.
QString installedDirectory();

} // namespace Translations
