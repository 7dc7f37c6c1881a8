import type { RegistrationLabels } from "../labels";

/** Arabic labels of client registration. */
const ar: RegistrationLabels = {
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
};

export default ar;
