// Client registration in Arabic (Modern Standard Arabic), written right to left:
// the components set dir="rtl" for it, and RFC identifiers stay left to right.
// Terms and register follow the signup catalogue (src/i18n/locales/ar.ts); counts
// are phrased so no noun has to agree with the number.
import type { RegistrationMessages } from "../messages";

/** Arabic: every string of client registration. Loaded lazily by `loadRegistrationMessages("ar")`. */
const ar: RegistrationMessages = {
  client_name: "اسم التطبيق",
  redirect_uris: "عناوين URI لإعادة التوجيه",
  grant_types: "أنواع المنح",
  response_types: "أنواع الاستجابة",
  token_endpoint_auth_method: "المصادقة عند نقطة نهاية الرموز",
  scope: "النطاق",
  contacts: "جهات الاتصال",
  logo_uri: "رابط الشعار",
  client_uri: "رابط الصفحة الرئيسية",
  policy_uri: "رابط سياسة الخصوصية",
  tos_uri: "رابط شروط الخدمة",
  sectionBasics: "عن التطبيق",
  sectionRedirects: "إعادة التوجيه",
  sectionAdvanced: "إعدادات متقدمة",
  grantAuthorizationCode: "رمز التفويض",
  grantImplicit: "ضمني",
  grantRefreshToken: "رمز التحديث",
  grantClientCredentials: "بيانات اعتماد العميل",
  grantDeviceCode: "رمز الجهاز",
  responseCode: "رمز التفويض",
  responseToken: "رمز الوصول",
  responseIdToken: "رمز الهوية",
  responseIdTokenToken: "رمز الهوية ورمز الوصول",
  responseCodeIdToken: "رمز التفويض ورمز الهوية",
  responseCodeToken: "رمز التفويض ورمز الوصول",
  responseCodeIdTokenToken: "رمز التفويض ورمز الهوية ورمز الوصول",
  responseNone: "لا شيء",
  authClientSecretBasic: "سر العميل، HTTP Basic",
  authClientSecretPost: "سر العميل في نص الطلب",
  authClientSecretJwt: "JWT موقّع بسر العميل",
  authPrivateKeyJwt: "JWT موقّع بمفتاح خاص",
  authNone: "لا شيء (عميل عام)",
  // Help, the redirect URI list, required fields.
  redirectUrisHelp:
    "عناوين URL مطلقة بلا جزء (#). استخدم https؛ ولا يُسمح بـ http إلا مع localhost و127.0.0.1.",
  contactsHelp: "عناوين البريد الإلكتروني، عنوان واحد في كل سطر.",
  scopeHelp: "قيم النطاق مفصولة بمسافات.",
  redirectUriLabel: "عنوان URI لإعادة التوجيه {index}",
  addRedirectUri: "إضافة عنوان URI لإعادة التوجيه",
  removeRedirectUri: "إزالة عنوان URI لإعادة التوجيه {index}",
  requiredMarker: "(مطلوب)",
  required: "حقل «{label}» مطلوب.",

  // Checks before sending.
  redirectUriInvalid: "أدخل عنوان URL مطلقًا، مثل https://app.example.com/callback.",
  redirectUriFragment: "يجب ألا يحتوي عنوان URI لإعادة التوجيه على جزء (#…).",
  redirectUriInsecure: "استخدم https. لا يُسمح بـ http العادي إلا مع localhost و127.0.0.1.",
  redirectUriRequired: "أضف عنوان URI واحدًا على الأقل لإعادة التوجيه لأنواع المنح هذه.",
  urlInvalid: "أدخل عنوان URL مطلقًا يبدأ بـ http أو https.",
  scopeInvalid: "افصل بين قيم النطاق بمسافة واحدة، دون علامات اقتباس أو شرطات مائلة عكسية.",
  contactInvalid: "أدخل عناوين البريد الإلكتروني، عنوانًا واحدًا في كل سطر.",
  codeNeedsAuthorizationCode: "يتطلب نوع الاستجابة «code» نوع المنح «authorization_code».",
  tokenNeedsImplicit:
    "تتطلب أنواع الاستجابة التي تتضمن «token» أو «id_token» نوع المنح «implicit».",
  authorizationCodeNeedsCode: "يتطلب نوع المنح «authorization_code» نوع الاستجابة «code».",
  implicitNeedsToken: "يتطلب نوع المنح «implicit» نوع استجابة يتضمن «token» أو «id_token».",
  nameTooLong: "يجب ألا يزيد عدد الأحرف على 200.",
  jwksBoth: "قدّم المفاتيح إما مباشرةً وإما عبر عنوان URL، لا بالطريقتين معًا.",

  // Server errors.
  serverSaid: "{message} (ردّ الخادم: {detail})",
  invalid_redirect_uri: "لم يقبل الخادم عنوان URI لإعادة التوجيه هذا.",
  invalid_client_metadata: "لم يقبل الخادم هذه القيمة.",
  invalid_software_statement: "بيان البرنامج (software statement) غير صالح.",
  unapproved_software_statement: "بيان البرنامج (software statement) غير معتمد لدى هذا الخادم.",
  initialTokenInvalid:
    "يتطلب التسجيل رمز وصول أوليًا صالحًا. اطلب رمزًا جديدًا من مزوّد واجهة البرمجة (API).",
  managementUnauthorized:
    "لم يعد بالإمكان إدارة هذا التسجيل: رمز الوصول الخاص بالتسجيل لم يعد صالحًا، أو حُذف التطبيق.",
  managementForbidden: "ليس لديك إذن بإدارة هذا التسجيل.",
  rateLimited: "محاولات كثيرة جدًا. الانتظار المطلوب قبل المحاولة مرة أخرى: {duration}.",
  serverError: "حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى بعد قليل.",
  networkUncertain:
    "انقطع الاتصال، لذا لا نعرف إن كان التطبيق قد سُجّل أم لا. راجِع قائمة تطبيقاتك قبل إعادة المحاولة.",
  networkNotSent:
    "لم يُسجَّل التطبيق: تعذّر الوصول إلى الخادم، فلم يُرسَل أي شيء. تحقّق من اتصالك وحاول مرة أخرى.",
  networkBlocked:
    "لم يُسجَّل التطبيق: لا يقبل الخادم طلبات التسجيل من هذه الصفحة (رفضتها إعدادات مشاركة الموارد عبر المصادر لديه، CORS)، فلم يُرسَل أي شيء. أبلِغ مزوّد واجهة البرمجة (API).",
  networkFailed: "تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.",
  unexpectedResponse: "ردّ الخادم بطريقة لم نتمكن من فهمها.",

  // Discovery.
  discovering: "جارٍ البحث عن نقطة نهاية التسجيل…",
  discoveryFailed: "تعذّر العثور على مكان تسجيل التطبيقات: لا ينشر الخادم أي نقطة نهاية للتسجيل.",
  retry: "إعادة المحاولة",

  // Submit and result.
  submit: "تسجيل التطبيق",
  submitting: "جارٍ تسجيل تطبيقك…",
  registeredTitle: "تم تسجيل تطبيقك",
  clientIdLabel: "معرّف العميل",
  clientSecretLabel: "سر العميل",
  secretOnceWarning:
    "انسخ سر العميل الآن واحفظه في مكان آمن. لا يُعرض إلا مرة واحدة: لن تتمكن من رؤيته مرة أخرى.",
  secretExpires: "تنتهي صلاحية السر في {date}.",
  secretNeverExpires: "لا تنتهي صلاحية السر.",
  copy: "نسخ",
  copyLabel: "نسخ {label}",
  copied: "تم النسخ إلى الحافظة.",
  copyFailed: "تعذّر النسخ. حدّد النص وانسخه بنفسك.",
  secretSaved: "لقد حفظت السر",
  registerAnother: "تسجيل تطبيق آخر",

  // Manager.
  loading: "جارٍ تحميل التسجيل…",
  loadFailed: "تعذّر تحميل هذا التسجيل.",
  managerTitle: "إعدادات التطبيق",
  save: "حفظ التغييرات",
  saving: "جارٍ الحفظ…",
  saved: "تم حفظ التغييرات.",
  secretRotated:
    "أصدر الخادم سر عميل جديدًا، ولم يعد السر القديم يعمل. انسخ السر الجديد الآن: لا يُعرض إلا مرة واحدة.",
  deleteClient: "حذف التطبيق",
  deleteConfirm:
    "هل تريد حذف «{name}»؟ ستتوقف التطبيقات التي تستخدم معرّف العميل الخاص به عن العمل. لا يمكن التراجع عن هذا الإجراء.",
  deleteConfirmButton: "حذف نهائي",
  cancel: "إلغاء",
  deleting: "جارٍ الحذف…",
  deleted: "تم حذف التطبيق.",
};

export default ar;
