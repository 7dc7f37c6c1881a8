// Client registration in Spanish (neutral). Formal address ("usted") and «…»
// quotes, as in the signup catalogue (src/i18n/locales/es.ts).
import type { RegistrationMessages } from "../messages";

/** Spanish: every string of client registration. Loaded lazily by `loadRegistrationMessages("es")`. */
const es: RegistrationMessages = {
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
  // Help, the redirect URI list, required fields.
  redirectUrisHelp:
    "URL absolutas sin fragmento (#). Use https; http solo se permite para localhost y 127.0.0.1.",
  contactsHelp: "Direcciones de correo electrónico, una por línea.",
  scopeHelp: "Valores de ámbito separados por espacios.",
  redirectUriLabel: "URI de redirección {index}",
  addRedirectUri: "Añadir una URI de redirección",
  removeRedirectUri: "Quitar la URI de redirección {index}",
  requiredMarker: "(obligatorio)",
  required: "El campo «{label}» es obligatorio.",

  // Checks before sending.
  redirectUriInvalid: "Introduzca una URL absoluta, como https://app.example.com/callback.",
  redirectUriFragment: "Una URI de redirección no debe contener un fragmento (#…).",
  redirectUriInsecure: "Use https. El http sin cifrar solo se permite para localhost y 127.0.0.1.",
  redirectUriRequired: "Añada al menos una URI de redirección para estos tipos de concesión.",
  urlInvalid: "Introduzca una URL absoluta http o https.",
  scopeInvalid:
    "Separe los valores de ámbito con un solo espacio, sin comillas ni barras invertidas.",
  contactInvalid: "Introduzca direcciones de correo electrónico, una por línea.",
  codeNeedsAuthorizationCode:
    "El tipo de respuesta «code» requiere el tipo de concesión «authorization_code».",
  tokenNeedsImplicit:
    "Los tipos de respuesta con «token» o «id_token» requieren el tipo de concesión «implicit».",
  authorizationCodeNeedsCode:
    "El tipo de concesión «authorization_code» requiere el tipo de respuesta «code».",
  implicitNeedsToken:
    "El tipo de concesión «implicit» requiere un tipo de respuesta con «token» o «id_token».",
  nameTooLong: "Use como máximo 200 caracteres.",
  jwksBoth: "Indique las claves directamente o mediante una URL, pero no de ambas formas.",

  // Server errors.
  serverSaid: "{message} (Respuesta del servidor: {detail})",
  invalid_redirect_uri: "El servidor no aceptó esta URI de redirección.",
  invalid_client_metadata: "El servidor no aceptó este valor.",
  invalid_software_statement: "La declaración de software (software statement) no es válida.",
  unapproved_software_statement:
    "Este servidor no ha aprobado la declaración de software (software statement).",
  initialTokenInvalid:
    "El registro requiere un token de acceso inicial válido. Pida uno nuevo al proveedor de la API.",
  managementUnauthorized:
    "Este registro ya no se puede administrar: el token de acceso de registro ya no es válido o la aplicación se eliminó.",
  managementForbidden: "No tiene permiso para administrar este registro.",
  rateLimited: "Demasiados intentos. Vuelva a intentarlo dentro de {duration}.",
  serverError: "Se produjo un error en el servidor. Vuelva a intentarlo en unos instantes.",
  networkUncertain:
    "Se perdió la conexión, así que es posible que la aplicación se haya registrado o no. Revise su lista de aplicaciones antes de volver a intentarlo.",
  networkNotSent:
    "La aplicación no se registró: no se pudo conectar con el servidor, así que no se envió nada. Compruebe su conexión e inténtelo de nuevo.",
  networkBlocked:
    "La aplicación no se registró: el servidor no acepta solicitudes de registro desde esta página (su configuración de origen cruzado, CORS, la rechazó), así que no se envió nada. Avise al proveedor de la API.",
  networkFailed: "No se pudo conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.",
  unexpectedResponse: "El servidor respondió de una forma que no entendemos.",

  // Discovery.
  discovering: "Buscando el endpoint de registro…",
  discoveryFailed:
    "No se encontró dónde registrar aplicaciones: el servidor no publica ningún endpoint de registro.",
  retry: "Reintentar",

  // Submit and result.
  submit: "Registrar la aplicación",
  submitting: "Registrando su aplicación…",
  registeredTitle: "Su aplicación está registrada",
  clientIdLabel: "ID de cliente",
  clientSecretLabel: "Secreto del cliente",
  secretOnceWarning:
    "Copie ahora el secreto del cliente y guárdelo en un lugar seguro. Solo se muestra una vez: no podrá volver a verlo.",
  secretExpires: "El secreto caduca el {date}.",
  secretNeverExpires: "El secreto no caduca.",
  copy: "Copiar",
  copyLabel: "Copiar {label}",
  copied: "Copiado en el portapapeles.",
  copyFailed: "No se pudo copiar. Seleccione el texto y cópielo usted.",
  secretSaved: "Ya he guardado el secreto",
  registerAnother: "Registrar otra aplicación",

  // Manager.
  loading: "Cargando el registro…",
  loadFailed: "No se pudo cargar este registro.",
  managerTitle: "Configuración de la aplicación",
  save: "Guardar cambios",
  saving: "Guardando…",
  saved: "Cambios guardados.",
  secretRotated:
    "El servidor emitió un nuevo secreto del cliente. El anterior ya no funciona. Copie el nuevo ahora: solo se muestra una vez.",
  deleteClient: "Eliminar la aplicación",
  deleteConfirm:
    "¿Eliminar «{name}»? Las aplicaciones que usan su ID de cliente dejarán de funcionar. Esta acción no se puede deshacer.",
  deleteConfirmButton: "Eliminar definitivamente",
  cancel: "Cancelar",
  deleting: "Eliminando…",
  deleted: "La aplicación se eliminó.",
};

export default es;
