// German. Formal address ("Sie"), as a signup form for any audience expects.
// Field names in messages are quoted with „…“ so any label reads naturally.
import type { Messages } from "../types";

/** German (`de`). Loaded lazily by `loadMessages("de")`. */
export const de: Messages = {
  labelGivenName: "Vorname",
  labelMiddleName: "Zweiter Vorname",
  labelSurname: "Nachname",
  labelUsername: "Benutzername",
  labelEmail: "E-Mail-Adresse",
  labelPassword: "Passwort",
  labelConfirmPassword: "Passwort bestätigen",

  required: "Bitte füllen Sie das Feld „{label}“ aus.",
  emailInvalid: "Das Feld „{label}“ enthält keine gültige E-Mail-Adresse.",
  tooShort: "Das Feld „{label}“ muss mindestens {min} Zeichen enthalten.",
  tooLong: "Das Feld „{label}“ darf höchstens {max} Zeichen enthalten.",
  patternMismatch: "Das Feld „{label}“ hat nicht das erwartete Format.",
  numberInvalid: "Das Feld „{label}“ muss eine Zahl enthalten.",
  passwordsDoNotMatch: "Die Passwörter stimmen nicht überein.",

  consentTerms: "Ich akzeptiere die {terms}",
  consentTermsAndPrivacy: "Ich akzeptiere die {terms} und habe die {privacy} gelesen",
  termsLinkText: "Nutzungsbedingungen",
  privacyLinkText: "Datenschutzhinweise",
  consentRequired: "Bitte akzeptieren Sie die Nutzungsbedingungen, um Ihr Konto zu erstellen.",
  marketingLabel: "Ich möchte Produktneuigkeiten und Angebote erhalten (optional)",

  requiredMarker: "(Pflichtfeld)",
  showPassword: "Passwort anzeigen",
  hidePassword: "Passwort verbergen",
  submit: "Konto erstellen",
  socialButton: "Weiter mit {name}",
  socialButtonStore: "Weiter mit {name} ({store})",
  socialSeparator: "oder",
  socialGroup: "Mit einem anderen Konto registrieren",
  selectPlaceholder: "Bitte wählen…",
  opensInNewTab: "(öffnet in einem neuen Tab)",

  // The page around the form, and the password guidance.
  heading: "Erstellen Sie Ihr Konto",
  signInPrompt: "Sie haben bereits ein Konto?",
  signInLink: "Anmelden",
  passwordRequirement: "Mindestens {min} Zeichen.",
  passwordRequirementScreened:
    "Mindestens {min} Zeichen. Häufige und durch Datenlecks bekannte Passwörter werden nicht akzeptiert.",
  passwordRequirementScreenedOnly:
    "Häufige und durch Datenlecks bekannte Passwörter werden nicht akzeptiert.",
  passwordHintRemaining: "Noch benötigte Zeichen: {count}.",
  passwordHintMet: "Das Passwort ist lang genug.",

  loading: "Wird geladen…",
  submitting: "Ihr Konto wird erstellt…",

  loadFailed:
    "Das Registrierungsformular konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  loadNotJson:
    "Das Registrierungsformular konnte nicht geladen werden: Der Endpunkt hat kein JSON-View-Model zurückgegeben.",
  loadInvalid:
    "Das Registrierungsformular konnte nicht geladen werden: Der Server hat ein Formular gesendet, das sich nicht verwenden lässt.",
  retry: "Erneut versuchen",

  networkUncertain:
    "Die Verbindung wurde unterbrochen. Ihr Konto wurde daher möglicherweise erstellt, möglicherweise aber auch nicht. Prüfen Sie Ihre E-Mails oder versuchen Sie, sich anzumelden, bevor Sie es noch einmal versuchen.",
  serverError: "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es in einem Moment erneut.",
  unexpectedSuccess:
    "Die Antwort des Servers war unverständlich. Ihr Konto wurde möglicherweise erstellt: Prüfen Sie Ihre E-Mails oder versuchen Sie, sich anzumelden.",
  conflict: "Es gibt bereits ein Konto mit dieser E-Mail-Adresse.",
  invalidRequest:
    "Ihr Konto konnte nicht erstellt werden. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.",
  rateLimited: "Zu viele Versuche. Bitte versuchen Sie es in {duration} erneut.",
  retryCountdown: "Sie können es in {seconds} s erneut versuchen.",
  rateLimitedEnd: "Sie können es jetzt erneut versuchen.",
  fieldInvalid: "Dieser Wert wurde nicht akzeptiert.",

  successEnabledTitle: "Ihr Konto ist bereit",
  successEnabledBody: "Sie können sich jetzt anmelden.",
  successUnverifiedTitle: "Bitte bestätigen Sie Ihr Konto per E-Mail",
  successUnverifiedBody:
    "Wir haben einen Bestätigungslink an {email} gesendet. Öffnen Sie ihn, um die Registrierung abzuschließen.",
  successUnverifiedBodyNoEmail:
    "Wir haben Ihnen einen Bestätigungslink gesendet. Öffnen Sie ihn, um die Registrierung abzuschließen.",
  successPendingTitle: "Ihr Konto ist noch nicht freigeschaltet",
  successPendingBody: "Wir benachrichtigen Sie, sobald Ihr Konto bereit ist.",

  captchaLabel: "Sicherheitsprüfung",
  captchaRequired: "Bitte schließen Sie die Sicherheitsprüfung ab.",
  captchaExpired: "Die Sicherheitsprüfung ist abgelaufen. Bitte schließen Sie sie erneut ab.",
  captchaLoadFailed:
    "Die Sicherheitsprüfung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung oder deaktivieren Sie Inhaltsblocker für diese Seite und versuchen Sie es dann erneut.",
  captchaClosed: "Die Sicherheitsprüfung wurde geschlossen, bevor sie abgeschlossen war.",
  captchaError:
    "Bei der Sicherheitsprüfung ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.",
  captchaInvalid:
    "Die Sicherheitsprüfung war nicht erfolgreich. Bitte schließen Sie sie erneut ab.",

  verifyVerifying: "Ihre E-Mail-Adresse wird bestätigt…",
  verifyVerifiedTitle: "Ihre E-Mail-Adresse ist bestätigt",
  verifyVerifiedBody: "Ihr Konto ist bereit. Sie können sich jetzt anmelden.",
  verifySignIn: "Anmelden",
  verifyExpiredTitle: "Dieser Bestätigungslink ist abgelaufen",
  verifyExpiredBody:
    "Bestätigungslinks sind nur begrenzt gültig. Geben Sie Ihre E-Mail-Adresse ein, dann senden wir Ihnen einen neuen.",
  verifyUsedTitle: "Dieser Bestätigungslink wurde bereits verwendet",
  verifyUsedBody:
    "Wenn Sie Ihre E-Mail-Adresse bereits bestätigt haben, melden Sie sich an. Andernfalls fordern Sie einen neuen Link an.",
  verifyInvalidTitle: "Dieser Bestätigungslink ist ungültig",
  verifyInvalidBody:
    "Der Link ist möglicherweise unvollständig oder falsch eingegeben. Geben Sie Ihre E-Mail-Adresse ein, dann senden wir Ihnen einen neuen.",
  verifyErrorTitle: "Ihre E-Mail-Adresse konnte nicht bestätigt werden",
  verifyErrorBody: "Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  resendPrompt: "Keine E-Mail erhalten?",
  resendEmailLabel: "E-Mail-Adresse",
  resendButton: "Neuen Link senden",
  resendSending: "Neuer Link wird gesendet…",
  resendSent:
    "Falls ein Konto mit dieser Adresse noch bestätigt werden muss, ist ein neuer Link unterwegs. Bitte sehen Sie in Ihrem Posteingang und im Spam-Ordner nach.",
  resendCooldown: "Sie können in {seconds} s einen weiteren Link anfordern.",
  resendReady: "Sie können jetzt einen weiteren Link anfordern.",
  resendRateLimited: "Zu viele Anfragen. Bitte versuchen Sie es in {duration} erneut.",
  resendFailed:
    "Es konnte kein neuer Link gesendet werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
};

export default de;
