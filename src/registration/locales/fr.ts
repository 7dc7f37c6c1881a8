import type { RegistrationLabels } from "../labels";

/** French labels of client registration. */
const fr: RegistrationLabels = {
  client_name: "Nom de l’application",
  redirect_uris: "URI de redirection",
  grant_types: "Types d’autorisation",
  response_types: "Types de réponse",
  token_endpoint_auth_method: "Authentification au point de terminaison de jeton",
  scope: "Portée (scope)",
  contacts: "Contacts",
  logo_uri: "URL du logo",
  client_uri: "URL de la page d’accueil",
  policy_uri: "URL de la politique de confidentialité",
  tos_uri: "URL des conditions d’utilisation",
  sectionBasics: "À propos de l’application",
  sectionRedirects: "Redirections",
  sectionAdvanced: "Paramètres avancés",
  grantAuthorizationCode: "Code d’autorisation",
  grantImplicit: "Implicite",
  grantRefreshToken: "Jeton de rafraîchissement",
  grantClientCredentials: "Identifiants du client",
  grantDeviceCode: "Code d’appareil",
  responseCode: "Code d’autorisation",
  responseToken: "Jeton d’accès",
  responseIdToken: "Jeton d’identité",
  responseIdTokenToken: "Jeton d’identité et jeton d’accès",
  responseCodeIdToken: "Code d’autorisation et jeton d’identité",
  responseCodeToken: "Code d’autorisation et jeton d’accès",
  responseCodeIdTokenToken: "Code d’autorisation, jeton d’identité et jeton d’accès",
  responseNone: "Aucun",
  authClientSecretBasic: "Secret client, HTTP Basic",
  authClientSecretPost: "Secret client dans le corps de la requête",
  authClientSecretJwt: "JWT signé avec le secret client",
  authPrivateKeyJwt: "JWT signé avec une clé privée",
  authNone: "Aucune (client public)",
};

export default fr;
