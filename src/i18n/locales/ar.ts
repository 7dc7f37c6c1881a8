// Arabic (Modern Standard Arabic), written right to left: the form sets
// dir="rtl" for this locale. Polite requests use "يُرجى"; the user is addressed in
// the conventional singular. Counts are phrased so that no noun has to agree with
// the number ("عدد الأحرف … {min}"), since `format()` has no plural rules; the
// seconds use the unit "ثانية" / the abbreviation "ث" as Arabic interfaces do.
import type { Messages } from "../types";

/** Arabic (`ar`, right-to-left). Loaded lazily by `loadMessages("ar")`. */
export const ar: Messages = {
  labelGivenName: "الاسم الأول",
  labelMiddleName: "الاسم الأوسط",
  labelSurname: "اسم العائلة",
  labelUsername: "اسم المستخدم",
  labelEmail: "البريد الإلكتروني",
  labelPassword: "كلمة المرور",
  labelConfirmPassword: "تأكيد كلمة المرور",

  required: "حقل «{label}» مطلوب.",
  emailInvalid: "حقل «{label}» لا يحتوي على عنوان بريد إلكتروني صالح.",
  tooShort: "يجب ألا يقل عدد أحرف حقل «{label}» عن {min}.",
  tooLong: "يجب ألا يزيد عدد أحرف حقل «{label}» على {max}.",
  patternMismatch: "حقل «{label}» ليس بالتنسيق المتوقع.",
  numberInvalid: "يجب أن يحتوي حقل «{label}» على رقم.",
  passwordsDoNotMatch: "كلمتا المرور غير متطابقتين.",

  consentTerms: "أوافق على {terms}",
  consentTermsAndPrivacy: "أوافق على {terms} وقد قرأت {privacy}",
  termsLinkText: "شروط الخدمة",
  privacyLinkText: "إشعار الخصوصية",
  consentRequired: "يُرجى الموافقة على شروط الخدمة لإنشاء حسابك.",
  marketingLabel: "أرغب في تلقي أخبار المنتجات والعروض (اختياري)",

  requiredMarker: "(مطلوب)",
  showPassword: "إظهار كلمة المرور",
  hidePassword: "إخفاء كلمة المرور",
  submit: "إنشاء حساب",
  socialButton: "المتابعة باستخدام {name}",
  socialButtonStore: "المتابعة باستخدام {name} ({store})",
  socialSeparator: "أو",
  socialGroup: "التسجيل باستخدام حساب آخر",
  selectPlaceholder: "اختر…",
  opensInNewTab: "(يُفتح في علامة تبويب جديدة)",

  // The page around the form, and the password guidance.
  heading: "أنشئ حسابك",
  signInPrompt: "لديك حساب بالفعل؟",
  signInLink: "تسجيل الدخول",
  passwordRequirement: "{min} أحرف على الأقل.",
  passwordRequirementScreened: "{min} أحرف على الأقل. لا تُقبل كلمات المرور الشائعة أو المسرّبة.",
  passwordRequirementScreenedOnly: "لا تُقبل كلمات المرور الشائعة أو المسرّبة.",
  passwordHintRemaining: "عدد الأحرف المتبقية المطلوبة: {count}.",
  passwordHintMet: "كلمة المرور طويلة بما يكفي.",

  loading: "جارٍ التحميل…",
  submitting: "جارٍ إنشاء حسابك…",

  loadFailed: "تعذّر تحميل نموذج التسجيل. تحقّق من اتصالك وحاول مرة أخرى.",
  loadNotJson: "تعذّر تحميل نموذج التسجيل: لم تُرجع نقطة النهاية نموذج عرض بتنسيق JSON.",
  loadInvalid: "تعذّر تحميل نموذج التسجيل: أرسل الخادم نموذجًا لا يمكن استخدامه.",
  retry: "إعادة المحاولة",

  networkUncertain:
    "انقطع الاتصال، لذا لا نعرف إن كان حسابك قد أُنشئ أم لا. تحقّق من بريدك الإلكتروني أو حاول تسجيل الدخول قبل إعادة المحاولة.",
  serverError: "حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.",
  unexpectedSuccess:
    "ردّ الخادم بطريقة لم نتمكن من فهمها. ربما أُنشئ حسابك: تحقّق من بريدك الإلكتروني أو حاول تسجيل الدخول.",
  conflict: "يوجد حساب مسجّل بهذا البريد الإلكتروني بالفعل.",
  invalidRequest: "تعذّر إنشاء حسابك. راجِع بيانات النموذج وحاول مرة أخرى.",
  rateLimited: "محاولات كثيرة جدًا. الانتظار المطلوب قبل المحاولة مرة أخرى: {duration}.",
  retryCountdown: "يمكنك المحاولة مرة أخرى بعد {seconds} ث.",
  rateLimitedEnd: "يمكنك المحاولة مرة أخرى الآن.",
  fieldInvalid: "لم تُقبل هذه القيمة.",

  successEnabledTitle: "حسابك جاهز",
  successEnabledBody: "يمكنك الآن تسجيل الدخول.",
  successUnverifiedTitle: "تحقّق من بريدك الإلكتروني لتأكيد حسابك",
  successUnverifiedBody: "أرسلنا رابط تأكيد إلى {email}. افتحه لإكمال التسجيل.",
  successUnverifiedBodyNoEmail: "أرسلنا إليك رابط تأكيد. افتحه لإكمال التسجيل.",
  successPendingTitle: "حسابك قيد المراجعة",
  successPendingBody: "سنُعلمك عندما يصبح حسابك جاهزًا.",

  captchaLabel: "التحقق من أنك لست روبوتًا",
  captchaRequired: "يُرجى إكمال التحقق من أنك لست روبوتًا.",
  captchaExpired: "انتهت صلاحية التحقق. يُرجى إكماله مرة أخرى.",
  captchaLoadFailed:
    "تعذّر تحميل أداة التحقق. تحقّق من اتصالك أو عطّل أدوات حظر المحتوى لهذه الصفحة، ثم حاول مرة أخرى.",
  captchaClosed: "أُغلقت أداة التحقق قبل إكماله.",
  captchaError: "واجهت أداة التحقق مشكلة. يُرجى المحاولة مرة أخرى.",
  captchaInvalid: "لم يُقبل التحقق. يُرجى إكماله مرة أخرى.",

  verifyVerifying: "جارٍ تأكيد عنوان بريدك الإلكتروني…",
  verifyVerifiedTitle: "تم تأكيد عنوان بريدك الإلكتروني",
  verifyVerifiedBody: "حسابك جاهز. يمكنك تسجيل الدخول الآن.",
  verifySignIn: "تسجيل الدخول",
  verifyExpiredTitle: "انتهت صلاحية رابط التأكيد هذا",
  verifyExpiredBody:
    "روابط التأكيد صالحة لمدة محدودة. أدخل عنوان بريدك الإلكتروني وسنرسل إليك رابطًا جديدًا.",
  verifyUsedTitle: "سبق استخدام رابط التأكيد هذا",
  verifyUsedBody:
    "إذا كنت قد أكّدت عنوان بريدك الإلكتروني من قبل، فسجّل الدخول. وإلا فاطلب رابطًا جديدًا.",
  verifyInvalidTitle: "رابط التأكيد هذا غير صالح",
  verifyInvalidBody:
    "ربما يكون الرابط ناقصًا أو منسوخًا بشكل غير صحيح. أدخل عنوان بريدك الإلكتروني وسنرسل إليك رابطًا جديدًا.",
  verifyErrorTitle: "تعذّر تأكيد عنوان بريدك الإلكتروني",
  verifyErrorBody: "تحقّق من اتصالك وحاول مرة أخرى.",
  resendPrompt: "ألم تصلك الرسالة؟",
  resendEmailLabel: "عنوان البريد الإلكتروني",
  resendButton: "إرسال رابط جديد",
  resendSending: "جارٍ إرسال رابط جديد…",
  resendSent:
    "إذا كان هناك حساب بهذا العنوان لم يُؤكَّد بعد، فإن رابطًا جديدًا في طريقه إليه. تحقّق من صندوق الوارد ومجلد الرسائل غير المرغوب فيها.",
  resendCooldown: "يمكنك طلب رابط آخر بعد {seconds} ث.",
  resendReady: "يمكنك الآن طلب رابط آخر.",
  resendRateLimited: "طلبات كثيرة جدًا. الانتظار المطلوب قبل المحاولة مرة أخرى: {duration}.",
  resendFailed: "تعذّر إرسال رابط جديد. تحقّق من اتصالك وحاول مرة أخرى.",
};

export default ar;
