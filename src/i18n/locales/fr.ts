// French. Formal address ("vous"). French typography: a no-break space (U+00A0)
// inside « » and before « : », and a narrow no-break space (U+202F) before « ? ».
import type { Messages } from "../types";

/** French (`fr`). Loaded lazily by `loadMessages("fr")`. */
export const fr: Messages = {
  labelGivenName: "Prénom",
  labelMiddleName: "Deuxième prénom",
  labelSurname: "Nom",
  labelUsername: "Nom d’utilisateur",
  labelEmail: "Adresse e-mail",
  labelPassword: "Mot de passe",
  labelConfirmPassword: "Confirmer le mot de passe",

  required: "Le champ «\u00a0{label}\u00a0» est obligatoire.",
  emailInvalid: "Le champ «\u00a0{label}\u00a0» ne contient pas une adresse e-mail valide.",
  tooShort: "Le champ «\u00a0{label}\u00a0» doit contenir au moins {min}\u00a0caractères.",
  tooLong: "Le champ «\u00a0{label}\u00a0» doit contenir au plus {max}\u00a0caractères.",
  patternMismatch: "Le champ «\u00a0{label}\u00a0» n’est pas au format attendu.",
  numberInvalid: "Le champ «\u00a0{label}\u00a0» doit contenir un nombre.",
  passwordsDoNotMatch: "Les mots de passe ne correspondent pas.",

  consentTerms: "J’accepte les {terms}",
  consentTermsAndPrivacy: "J’accepte les {terms} et j’ai lu la {privacy}",
  termsLinkText: "conditions d’utilisation",
  privacyLinkText: "politique de confidentialité",
  consentRequired: "Veuillez accepter les conditions d’utilisation pour créer votre compte.",
  marketingLabel: "Je souhaite recevoir les actualités et les offres produits (facultatif)",

  requiredMarker: "(obligatoire)",
  showPassword: "Afficher le mot de passe",
  hidePassword: "Masquer le mot de passe",
  submit: "Créer un compte",
  socialButton: "Continuer avec {name}",
  socialButtonStore: "Continuer avec {name} ({store})",
  socialSeparator: "ou",
  socialGroup: "S’inscrire avec un autre compte",
  selectPlaceholder: "Sélectionnez…",
  opensInNewTab: "(s’ouvre dans un nouvel onglet)",

  // The page around the form, and the password guidance.
  heading: "Créez votre compte",
  signInPrompt: "Vous avez déjà un compte\u202f?",
  signInLink: "Se connecter",
  passwordRequirement: "Au moins {min} caractères.",
  passwordRequirementScreened:
    "Au moins {min} caractères. Les mots de passe courants ou divulgués lors de fuites de données ne sont pas acceptés.",
  passwordRequirementScreenedOnly:
    "Les mots de passe courants ou divulgués lors de fuites de données ne sont pas acceptés.",
  passwordHintRemaining: "Caractères encore nécessaires\u202f: {count}.",
  passwordHintMet: "Le mot de passe est assez long.",

  loading: "Chargement…",
  submitting: "Création de votre compte…",

  loadFailed:
    "Impossible de charger le formulaire d’inscription. Vérifiez votre connexion et réessayez.",
  loadNotJson:
    "Impossible de charger le formulaire d’inscription\u00a0: le point de terminaison n’a pas renvoyé de modèle de vue JSON.",
  loadInvalid:
    "Impossible de charger le formulaire d’inscription\u00a0: le serveur a envoyé un formulaire inutilisable.",
  retry: "Réessayer",

  networkUncertain:
    "La connexion a été interrompue\u00a0: il est possible que votre compte ait été créé, ou non. Consultez vos e-mails ou essayez de vous connecter avant de réessayer.",
  serverError: "Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.",
  unexpectedSuccess:
    "La réponse du serveur est incompréhensible. Votre compte a peut-être été créé\u00a0: consultez vos e-mails ou essayez de vous connecter.",
  conflict: "Un compte existe déjà avec cette adresse e-mail.",
  invalidRequest: "Impossible de créer votre compte. Vérifiez le formulaire et réessayez.",
  rateLimited: "Trop de tentatives. Réessayez dans {duration}.",
  retryCountdown: "Vous pourrez réessayer dans {seconds}\u00a0s.",
  rateLimitedEnd: "Vous pouvez réessayer maintenant.",
  fieldInvalid: "Cette valeur n’a pas été acceptée.",

  successEnabledTitle: "Votre compte est prêt",
  successEnabledBody: "Vous pouvez maintenant vous connecter.",
  successUnverifiedTitle: "Consultez vos e-mails pour valider votre compte",
  successUnverifiedBody:
    "Nous avons envoyé un lien de validation à {email}. Ouvrez-le pour terminer votre inscription.",
  successUnverifiedBodyNoEmail:
    "Nous vous avons envoyé un lien de validation. Ouvrez-le pour terminer votre inscription.",
  successPendingTitle: "Votre compte est en attente",
  successPendingBody: "Nous vous préviendrons dès que votre compte sera prêt.",

  captchaLabel: "Vérification anti-robot",
  captchaRequired: "Veuillez effectuer la vérification anti-robot.",
  captchaExpired: "La vérification anti-robot a expiré. Veuillez l’effectuer à nouveau.",
  captchaLoadFailed:
    "Impossible de charger la vérification anti-robot. Vérifiez votre connexion ou désactivez les bloqueurs de contenu sur cette page, puis réessayez.",
  captchaClosed: "La vérification anti-robot a été fermée avant d’être terminée.",
  captchaError: "La vérification anti-robot a rencontré un problème. Veuillez réessayer.",
  captchaInvalid: "La vérification anti-robot a échoué. Veuillez l’effectuer à nouveau.",

  verifyVerifying: "Validation de votre adresse e-mail…",
  verifyVerifiedTitle: "Votre adresse e-mail est validée",
  verifyVerifiedBody: "Votre compte est prêt. Vous pouvez maintenant vous connecter.",
  verifySignIn: "Se connecter",
  verifyExpiredTitle: "Ce lien de validation a expiré",
  verifyExpiredBody:
    "Les liens de validation ne sont valables que pendant une durée limitée. Saisissez votre adresse e-mail et nous vous en enverrons un nouveau.",
  verifyUsedTitle: "Ce lien de validation a déjà été utilisé",
  verifyUsedBody:
    "Si vous avez déjà validé votre adresse e-mail, connectez-vous. Sinon, demandez un nouveau lien.",
  verifyInvalidTitle: "Ce lien de validation n’est pas valide",
  verifyInvalidBody:
    "Le lien est peut-être incomplet ou mal recopié. Saisissez votre adresse e-mail et nous vous en enverrons un nouveau.",
  verifyErrorTitle: "Impossible de valider votre adresse e-mail",
  verifyErrorBody: "Vérifiez votre connexion et réessayez.",
  resendPrompt: "Vous n’avez pas reçu l’e-mail\u202f?",
  resendEmailLabel: "Adresse e-mail",
  resendButton: "Envoyer un nouveau lien",
  resendSending: "Envoi d’un nouveau lien…",
  resendSent:
    "Si un compte associé à cette adresse doit encore être validé, un nouveau lien est en cours d’envoi. Consultez votre boîte de réception et vos courriers indésirables.",
  resendCooldown: "Vous pourrez demander un autre lien dans {seconds}\u00a0s.",
  resendReady: "Vous pouvez maintenant demander un autre lien.",
  resendRateLimited: "Trop de demandes. Réessayez dans {duration}.",
  resendFailed: "Impossible d’envoyer un nouveau lien. Vérifiez votre connexion et réessayez.",
};

export default fr;
