// Client registration in French. Formal address ("vous"), « » with no-break
// spaces (U+00A0) and U+202F before « ? », as in the signup catalogue
// (src/i18n/locales/fr.ts). "Inscrire" registers an application, so
// "enregistrer" only ever means to save.
import type { RegistrationMessages } from "../messages";

/** French: every string of client registration. Loaded lazily by `loadRegistrationMessages("fr")`. */
const fr: RegistrationMessages = {
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
  // Help, the redirect URI list, required fields.
  redirectUrisHelp:
    "URL absolues sans fragment (#). Utilisez https\u00a0; http n’est autorisé que pour localhost et 127.0.0.1.",
  contactsHelp: "Adresses e-mail, une par ligne.",
  scopeHelp: "Valeurs de portée séparées par des espaces.",
  redirectUriLabel: "URI de redirection {index}",
  addRedirectUri: "Ajouter une URI de redirection",
  removeRedirectUri: "Supprimer l’URI de redirection {index}",
  requiredMarker: "(obligatoire)",
  required: "Le champ «\u00a0{label}\u00a0» est obligatoire.",

  // Checks before sending.
  redirectUriInvalid: "Saisissez une URL absolue, par exemple https://app.example.com/callback.",
  redirectUriFragment: "Une URI de redirection ne doit pas contenir de fragment (#…).",
  redirectUriInsecure:
    "Utilisez https. Le http simple n’est autorisé que pour localhost et 127.0.0.1.",
  redirectUriRequired: "Ajoutez au moins une URI de redirection pour ces types d’autorisation.",
  urlInvalid: "Saisissez une URL absolue en http ou https.",
  scopeInvalid:
    "Séparez les valeurs de portée par une seule espace, sans guillemets ni barres obliques inverses.",
  contactInvalid: "Saisissez des adresses e-mail, une par ligne.",
  codeNeedsAuthorizationCode:
    "Le type de réponse «\u00a0code\u00a0» nécessite le type d’autorisation «\u00a0authorization_code\u00a0».",
  tokenNeedsImplicit:
    "Les types de réponse avec «\u00a0token\u00a0» ou «\u00a0id_token\u00a0» nécessitent le type d’autorisation «\u00a0implicit\u00a0».",
  authorizationCodeNeedsCode:
    "Le type d’autorisation «\u00a0authorization_code\u00a0» nécessite le type de réponse «\u00a0code\u00a0».",
  implicitNeedsToken:
    "Le type d’autorisation «\u00a0implicit\u00a0» nécessite un type de réponse avec «\u00a0token\u00a0» ou «\u00a0id_token\u00a0».",
  nameTooLong: "Utilisez au maximum 200\u00a0caractères.",
  jwksBoth: "Fournissez les clés soit directement, soit par URL, mais pas les deux.",

  // Server errors.
  serverSaid: "{message} (Réponse du serveur\u00a0: {detail})",
  invalid_redirect_uri: "Le serveur n’a pas accepté cette URI de redirection.",
  invalid_client_metadata: "Le serveur n’a pas accepté cette valeur.",
  invalid_software_statement: "La déclaration logicielle (software statement) n’est pas valide.",
  unapproved_software_statement:
    "La déclaration logicielle (software statement) n’est pas approuvée par ce serveur.",
  initialTokenInvalid:
    "L’inscription nécessite un jeton d’accès initial valide. Demandez-en un nouveau au fournisseur de l’API.",
  managementUnauthorized:
    "Cette inscription ne peut plus être gérée\u00a0: le jeton d’accès d’inscription n’est plus valide, ou l’application a été supprimée.",
  managementForbidden: "Vous n’êtes pas autorisé à gérer cette inscription.",
  rateLimited: "Trop de tentatives. Réessayez dans {duration}.",
  serverError: "Une erreur s’est produite sur le serveur. Veuillez réessayer dans un instant.",
  networkUncertain:
    "La connexion a été interrompue\u00a0: il est possible que l’application ait été inscrite, ou non. Consultez votre liste d’applications avant de réessayer.",
  networkNotSent:
    "L’application n’a pas été inscrite\u00a0: le serveur est injoignable, rien n’a donc été envoyé. Vérifiez votre connexion et réessayez.",
  networkBlocked:
    "L’application n’a pas été inscrite\u00a0: le serveur n’accepte pas les demandes d’inscription provenant de cette page (ses réglages cross-origin, CORS, l’ont refusée), rien n’a donc été envoyé. Prévenez le fournisseur de l’API.",
  networkFailed: "Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.",
  unexpectedResponse: "La réponse du serveur est incompréhensible.",

  // Discovery.
  discovering: "Recherche du point de terminaison d’inscription…",
  discoveryFailed:
    "Impossible de trouver où inscrire les applications\u00a0: le serveur ne publie aucun point de terminaison d’inscription.",
  retry: "Réessayer",

  // Submit and result.
  submit: "Inscrire l’application",
  submitting: "Inscription de votre application…",
  registeredTitle: "Votre application est inscrite",
  clientIdLabel: "ID client",
  clientSecretLabel: "Secret client",
  secretOnceWarning:
    "Copiez le secret client maintenant et conservez-le en lieu sûr. Il n’est affiché qu’une seule fois\u00a0: vous ne pourrez plus le consulter.",
  secretExpires: "Le secret expire le {date}.",
  secretNeverExpires: "Le secret n’expire pas.",
  copy: "Copier",
  copyLabel: "Copier\u00a0: {label}",
  copied: "Copié dans le presse-papiers.",
  copyFailed: "Impossible de copier. Sélectionnez le texte et copiez-le vous-même.",
  secretSaved: "J’ai enregistré le secret",
  registerAnother: "Inscrire une autre application",

  // Manager.
  loading: "Chargement de l’inscription…",
  loadFailed: "Impossible de charger cette inscription.",
  managerTitle: "Paramètres de l’application",
  save: "Enregistrer les modifications",
  saving: "Enregistrement…",
  saved: "Modifications enregistrées.",
  secretRotated:
    "Le serveur a émis un nouveau secret client. L’ancien ne fonctionne plus. Copiez le nouveau maintenant\u00a0: il n’est affiché qu’une seule fois.",
  deleteClient: "Supprimer l’application",
  deleteConfirm:
    "Supprimer «\u00a0{name}\u00a0»\u202f? Les applications qui utilisent son ID client cesseront de fonctionner. Cette action est irréversible.",
  deleteConfirmButton: "Supprimer définitivement",
  cancel: "Annuler",
  deleting: "Suppression…",
  deleted: "L’application a été supprimée.",
};

export default fr;
