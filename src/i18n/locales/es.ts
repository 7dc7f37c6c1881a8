// Spanish (neutral, for Spain and Latin America). Formal address ("usted").
import type { Messages } from "../types";

/** Spanish (`es`). Loaded lazily by `loadMessages("es")`. */
export const es: Messages = {
  labelGivenName: "Nombre",
  labelMiddleName: "Segundo nombre",
  labelSurname: "Apellidos",
  labelUsername: "Nombre de usuario",
  labelEmail: "Correo electrónico",
  labelPassword: "Contraseña",
  labelConfirmPassword: "Confirmar contraseña",

  required: "El campo «{label}» es obligatorio.",
  emailInvalid: "El campo «{label}» no contiene una dirección de correo electrónico válida.",
  tooShort: "El campo «{label}» debe tener al menos {min} caracteres.",
  tooLong: "El campo «{label}» debe tener como máximo {max} caracteres.",
  patternMismatch: "El campo «{label}» no tiene el formato esperado.",
  numberInvalid: "El campo «{label}» debe ser un número.",
  passwordsDoNotMatch: "Las contraseñas no coinciden.",

  consentTerms: "Acepto las {terms}",
  consentTermsAndPrivacy: "Acepto las {terms} y he leído el {privacy}",
  termsLinkText: "condiciones del servicio",
  privacyLinkText: "aviso de privacidad",
  consentRequired: "Acepte las condiciones del servicio para crear su cuenta.",
  marketingLabel: "Deseo recibir novedades y ofertas de productos (opcional)",

  requiredMarker: "(obligatorio)",
  showPassword: "Mostrar contraseña",
  hidePassword: "Ocultar contraseña",
  submit: "Crear cuenta",
  socialButton: "Continuar con {name}",
  socialButtonStore: "Continuar con {name} ({store})",
  socialSeparator: "o",
  socialGroup: "Registrarse con otra cuenta",
  selectPlaceholder: "Seleccione…",
  opensInNewTab: "(se abre en una pestaña nueva)",

  // The page around the form, and the password guidance.
  heading: "Cree su cuenta",
  signInPrompt: "¿Ya tiene una cuenta?",
  signInLink: "Inicie sesión",
  passwordRequirement: "Al menos {min} caracteres.",
  passwordRequirementScreened:
    "Al menos {min} caracteres. No se aceptan contraseñas comunes ni filtradas.",
  passwordRequirementScreenedOnly: "No se aceptan contraseñas comunes ni filtradas.",
  passwordHintRemaining: "Caracteres que aún faltan: {count}.",
  passwordHintMet: "La contraseña es lo bastante larga.",

  loading: "Cargando…",
  submitting: "Creando su cuenta…",

  loadFailed:
    "No se pudo cargar el formulario de registro. Compruebe su conexión e inténtelo de nuevo.",
  loadNotJson:
    "No se pudo cargar el formulario de registro: el endpoint no devolvió un modelo de vista JSON.",
  loadInvalid:
    "No se pudo cargar el formulario de registro: el servidor envió un formulario que no se puede usar.",
  retry: "Reintentar",

  networkUncertain:
    "Se perdió la conexión, así que es posible que su cuenta se haya creado o no. Revise su correo electrónico o intente iniciar sesión antes de volver a intentarlo.",
  serverError: "Se produjo un error por nuestra parte. Vuelva a intentarlo en unos instantes.",
  unexpectedSuccess:
    "El servidor respondió de una forma que no entendemos. Es posible que su cuenta se haya creado: revise su correo electrónico o intente iniciar sesión.",
  conflict: "Ya existe una cuenta con ese correo electrónico.",
  invalidRequest: "No se pudo crear su cuenta. Revise el formulario e inténtelo de nuevo.",
  rateLimited: "Demasiados intentos. Vuelva a intentarlo dentro de {duration}.",
  retryCountdown: "Podrá volver a intentarlo dentro de {seconds} s.",
  rateLimitedEnd: "Ya puede volver a intentarlo.",
  fieldInvalid: "No se aceptó este valor.",

  successEnabledTitle: "Su cuenta está lista",
  successEnabledBody: "Ya puede iniciar sesión.",
  successUnverifiedTitle: "Revise su correo electrónico para verificar su cuenta",
  successUnverifiedBody:
    "Hemos enviado un enlace de verificación a {email}. Ábralo para completar el registro.",
  successUnverifiedBodyNoEmail:
    "Le hemos enviado un enlace de verificación. Ábralo para completar el registro.",
  successPendingTitle: "Su cuenta está pendiente de activación",
  successPendingBody: "Le avisaremos cuando su cuenta esté lista.",

  captchaLabel: "Verificación de seguridad",
  captchaRequired: "Complete la verificación de seguridad.",
  captchaExpired: "La verificación de seguridad ha caducado. Vuelva a completarla.",
  captchaLoadFailed:
    "No se pudo cargar la verificación de seguridad. Compruebe su conexión o desactive los bloqueadores de contenido en esta página y vuelva a intentarlo.",
  captchaClosed: "La verificación de seguridad se cerró antes de completarse.",
  captchaError: "La verificación de seguridad tuvo un problema. Vuelva a intentarlo.",
  captchaInvalid: "La verificación de seguridad no se superó. Vuelva a completarla.",

  verifyVerifying: "Verificando su dirección de correo electrónico…",
  verifyVerifiedTitle: "Su dirección de correo electrónico está verificada",
  verifyVerifiedBody: "Su cuenta está lista. Ya puede iniciar sesión.",
  verifySignIn: "Iniciar sesión",
  verifyExpiredTitle: "Este enlace de verificación ha caducado",
  verifyExpiredBody:
    "Los enlaces de verificación solo son válidos durante un tiempo limitado. Introduzca su dirección de correo electrónico y le enviaremos uno nuevo.",
  verifyUsedTitle: "Este enlace de verificación ya se ha utilizado",
  verifyUsedBody:
    "Si ya verificó su dirección de correo electrónico, inicie sesión. De lo contrario, solicite un enlace nuevo.",
  verifyInvalidTitle: "Este enlace de verificación no es válido",
  verifyInvalidBody:
    "Es posible que el enlace esté incompleto o mal copiado. Introduzca su dirección de correo electrónico y le enviaremos uno nuevo.",
  verifyErrorTitle: "No se pudo verificar su dirección de correo electrónico",
  verifyErrorBody: "Compruebe su conexión e inténtelo de nuevo.",
  resendPrompt: "¿No ha recibido el correo?",
  resendEmailLabel: "Correo electrónico",
  resendButton: "Enviar un enlace nuevo",
  resendSending: "Enviando un enlace nuevo…",
  resendSent:
    "Si hay una cuenta con esa dirección pendiente de verificación, le hemos enviado un enlace nuevo. Revise su bandeja de entrada y la carpeta de correo no deseado.",
  resendCooldown: "Podrá solicitar otro enlace dentro de {seconds} s.",
  resendReady: "Ya puede solicitar otro enlace.",
  resendRateLimited: "Demasiadas solicitudes. Vuelva a intentarlo dentro de {duration}.",
  resendFailed: "No se pudo enviar un enlace nuevo. Compruebe su conexión e inténtelo de nuevo.",
};

export default es;
