import type { RegistrationLabels } from "../labels";

/** Spanish labels of client registration. */
const es: RegistrationLabels = {
  client_name: "Nombre de la aplicación",
  redirect_uris: "URI de redirección",
  grant_types: "Tipos de concesión",
  response_types: "Tipos de respuesta",
  token_endpoint_auth_method: "Autenticación en el endpoint de tokens",
  scope: "Ámbito (scope)",
  contacts: "Contactos",
  logo_uri: "URL del logotipo",
  client_uri: "URL de la página de inicio",
  policy_uri: "URL de la política de privacidad",
  tos_uri: "URL de las condiciones del servicio",
  sectionBasics: "Acerca de la aplicación",
  sectionRedirects: "Redirecciones",
  sectionAdvanced: "Configuración avanzada",
  grantAuthorizationCode: "Código de autorización",
  grantImplicit: "Implícito",
  grantRefreshToken: "Token de actualización",
  grantClientCredentials: "Credenciales del cliente",
  grantDeviceCode: "Código de dispositivo",
  responseCode: "Código de autorización",
  responseToken: "Token de acceso",
  responseIdToken: "Token de identidad",
  responseIdTokenToken: "Token de identidad y token de acceso",
  responseCodeIdToken: "Código de autorización y token de identidad",
  responseCodeToken: "Código de autorización y token de acceso",
  responseCodeIdTokenToken: "Código de autorización, token de identidad y token de acceso",
  responseNone: "Ninguno",
  authClientSecretBasic: "Secreto del cliente, HTTP Basic",
  authClientSecretPost: "Secreto del cliente en el cuerpo de la solicitud",
  authClientSecretJwt: "JWT firmado con el secreto del cliente",
  authPrivateKeyJwt: "JWT firmado con una clave privada",
  authNone: "Ninguna (cliente público)",
};

export default es;
