#pragma once

class QCoreApplication;
class QLocale;

// Loads the app's own and Qt's translations for the user's language (English and Simplified
// Chinese ship with the app).
namespace Translations {

// Installs translators on `app` for `locale`; returns false when the app has no translation
// for that language (it then speaks English).
bool install(QCoreApplication &app, const QLocale &locale);

} // namespace Translations
