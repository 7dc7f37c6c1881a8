// Client registration in German. Formal address ("Sie") and „…“ quotes, as in
// the signup catalogue (src/i18n/locales/de.ts); OAuth terms as the labels name them.
import type { RegistrationMessages } from "../messages";

/** German: every string of client registration. Loaded lazily by `loadRegistrationMessages("de")`. */
const de: RegistrationMessages = {
  client_name: "Name der Anwendung",
  redirect_uris: "Weiterleitungs-URIs",
  grant_types: "Grant-Typen",
  response_types: "Antworttypen",
  token_endpoint_auth_method: "Authentifizierung am Token-Endpunkt",
  scope: "Berechtigungen (Scope)",
  contacts: "Kontakte",
  logo_uri: "Logo-URL",
  client_uri: "URL der Startseite",
  policy_uri: "URL der Datenschutzerklärung",
  tos_uri: "URL der Nutzungsbedingungen",
  sectionBasics: "Über die Anwendung",
  sectionRedirects: "Weiterleitungen",
  sectionAdvanced: "Erweiterte Einstellungen",
  grantAuthorizationCode: "Autorisierungscode",
  grantImplicit: "Implizit",
  grantRefreshToken: "Aktualisierungstoken",
  grantClientCredentials: "Client-Anmeldedaten",
  grantDeviceCode: "Gerätecode",
  responseCode: "Autorisierungscode",
  responseToken: "Zugriffstoken",
  responseIdToken: "ID-Token",
  responseIdTokenToken: "ID-Token und Zugriffstoken",
  responseCodeIdToken: "Autorisierungscode und ID-Token",
  responseCodeToken: "Autorisierungscode und Zugriffstoken",
  responseCodeIdTokenToken: "Autorisierungscode, ID-Token und Zugriffstoken",
  responseNone: "Keiner",
  authClientSecretBasic: "Client-Geheimnis, HTTP Basic",
  authClientSecretPost: "Client-Geheimnis im Anfragetext",
  authClientSecretJwt: "Mit dem Client-Geheimnis signiertes JWT",
  authPrivateKeyJwt: "Mit einem privaten Schlüssel signiertes JWT",
  authNone: "Keine (öffentlicher Client)",
  // Help, the redirect URI list, required fields.
  redirectUrisHelp:
    "Absolute URLs ohne Fragment (#). Verwenden Sie https; http ist nur für localhost und 127.0.0.1 erlaubt.",
  contactsHelp: "E-Mail-Adressen, eine pro Zeile.",
  scopeHelp: "Scope-Werte, durch Leerzeichen getrennt.",
  redirectUriLabel: "Weiterleitungs-URI {index}",
  addRedirectUri: "Weiterleitungs-URI hinzufügen",
  removeRedirectUri: "Weiterleitungs-URI {index} entfernen",
  requiredMarker: "(Pflichtfeld)",
  required: "Bitte füllen Sie das Feld „{label}“ aus.",

  // Checks before sending.
  redirectUriInvalid:
    "Geben Sie eine absolute URL ein, zum Beispiel https://app.example.com/callback.",
  redirectUriFragment: "Eine Weiterleitungs-URI darf kein Fragment (#…) enthalten.",
  redirectUriInsecure:
    "Verwenden Sie https. Einfaches http ist nur für localhost und 127.0.0.1 erlaubt.",
  redirectUriRequired: "Fügen Sie für diese Grant-Typen mindestens eine Weiterleitungs-URI hinzu.",
  urlInvalid: "Geben Sie eine absolute http- oder https-URL ein.",
  scopeInvalid:
    "Trennen Sie die Scope-Werte durch einzelne Leerzeichen, ohne Anführungszeichen oder Backslashes.",
  contactInvalid: "Geben Sie E-Mail-Adressen ein, eine pro Zeile.",
  codeNeedsAuthorizationCode: "Der Antworttyp „code“ erfordert den Grant-Typ „authorization_code“.",
  tokenNeedsImplicit:
    "Antworttypen mit „token“ oder „id_token“ erfordern den Grant-Typ „implicit“.",
  authorizationCodeNeedsCode: "Der Grant-Typ „authorization_code“ erfordert den Antworttyp „code“.",
  implicitNeedsToken:
    "Der Grant-Typ „implicit“ erfordert einen Antworttyp mit „token“ oder „id_token“.",
  nameTooLong: "Verwenden Sie höchstens 200 Zeichen.",
  jwksBoth: "Geben Sie die Schlüssel entweder direkt oder per URL an, nicht beides.",

  // Server errors.
  serverSaid: "{message} (Antwort des Servers: {detail})",
  invalid_redirect_uri: "Der Server hat diese Weiterleitungs-URI nicht akzeptiert.",
  invalid_client_metadata: "Der Server hat diesen Wert nicht akzeptiert.",
  invalid_software_statement: "Das Software-Statement ist ungültig.",
  unapproved_software_statement: "Das Software-Statement ist von diesem Server nicht genehmigt.",
  initialTokenInvalid:
    "Für die Registrierung ist ein gültiges initiales Zugriffstoken nötig. Bitten Sie den API-Anbieter um ein neues.",
  managementUnauthorized:
    "Diese Registrierung kann nicht mehr verwaltet werden: Das Registrierungs-Zugriffstoken ist nicht mehr gültig, oder die Anwendung wurde gelöscht.",
  managementForbidden: "Sie sind nicht berechtigt, diese Registrierung zu verwalten.",
  rateLimited: "Zu viele Versuche. Bitte versuchen Sie es in {duration} erneut.",
  serverError:
    "Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es in einem Moment erneut.",
  networkUncertain:
    "Die Verbindung wurde unterbrochen. Die Anwendung wurde daher möglicherweise registriert, möglicherweise aber auch nicht. Prüfen Sie Ihre Liste der Anwendungen, bevor Sie es noch einmal versuchen.",
  networkNotSent:
    "Die Anwendung wurde nicht registriert: Der Server war nicht erreichbar, daher wurde nichts gesendet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  networkBlocked:
    "Die Anwendung wurde nicht registriert: Der Server nimmt von dieser Seite keine Registrierungsanfragen an (seine Cross-Origin-Einstellungen, CORS, haben sie abgelehnt), daher wurde nichts gesendet. Informieren Sie den API-Anbieter.",
  networkFailed:
    "Der Server war nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  unexpectedResponse: "Die Antwort des Servers war unverständlich.",

  // Discovery.
  discovering: "Registrierungs-Endpunkt wird gesucht…",
  discoveryFailed:
    "Wo Anwendungen registriert werden, ließ sich nicht ermitteln: Der Server veröffentlicht keinen Registrierungs-Endpunkt.",
  retry: "Erneut versuchen",

  // Submit and result.
  submit: "Anwendung registrieren",
  submitting: "Ihre Anwendung wird registriert…",
  registeredTitle: "Ihre Anwendung ist registriert",
  clientIdLabel: "Client-ID",
  clientSecretLabel: "Client-Geheimnis",
  secretOnceWarning:
    "Kopieren Sie das Client-Geheimnis jetzt und bewahren Sie es sicher auf. Es wird nur einmal angezeigt: Später können Sie es nicht mehr einsehen.",
  secretExpires: "Das Geheimnis läuft am {date} ab.",
  secretNeverExpires: "Das Geheimnis läuft nicht ab.",
  copy: "Kopieren",
  copyLabel: "{label} kopieren",
  copied: "In die Zwischenablage kopiert.",
  copyFailed: "Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.",
  secretSaved: "Ich habe das Geheimnis gespeichert",
  registerAnother: "Weitere Anwendung registrieren",

  // Manager.
  loading: "Registrierung wird geladen…",
  loadFailed: "Diese Registrierung konnte nicht geladen werden.",
  managerTitle: "Einstellungen der Anwendung",
  save: "Änderungen speichern",
  saving: "Wird gespeichert…",
  saved: "Änderungen gespeichert.",
  secretRotated:
    "Der Server hat ein neues Client-Geheimnis ausgestellt. Das alte funktioniert nicht mehr. Kopieren Sie das neue jetzt: Es wird nur einmal angezeigt.",
  deleteClient: "Anwendung löschen",
  deleteConfirm:
    "„{name}“ löschen? Apps, die ihre Client-ID verwenden, funktionieren dann nicht mehr. Dies lässt sich nicht rückgängig machen.",
  deleteConfirmButton: "Endgültig löschen",
  cancel: "Abbrechen",
  deleting: "Wird gelöscht…",
  deleted: "Die Anwendung wurde gelöscht.",
};

export default de;
