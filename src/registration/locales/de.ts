import type { RegistrationLabels } from "../labels";

/** German labels of client registration. */
const de: RegistrationLabels = {
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
};

export default de;
