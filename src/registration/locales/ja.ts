import type { RegistrationLabels } from "../labels";

/** Japanese labels of client registration. */
const ja: RegistrationLabels = {
  client_name: "アプリケーション名",
  redirect_uris: "リダイレクト URI",
  grant_types: "グラントタイプ",
  response_types: "レスポンスタイプ",
  token_endpoint_auth_method: "トークンエンドポイントの認証方式",
  scope: "スコープ",
  contacts: "連絡先",
  logo_uri: "ロゴの URL",
  client_uri: "ホームページの URL",
  policy_uri: "プライバシーポリシーの URL",
  tos_uri: "利用規約の URL",
  sectionBasics: "アプリケーションについて",
  sectionRedirects: "リダイレクト",
  sectionAdvanced: "詳細設定",
  grantAuthorizationCode: "認可コード",
  grantImplicit: "インプリシット",
  grantRefreshToken: "リフレッシュトークン",
  grantClientCredentials: "クライアントクレデンシャル",
  grantDeviceCode: "デバイスコード",
  responseCode: "認可コード",
  responseToken: "アクセストークン",
  responseIdToken: "ID トークン",
  responseIdTokenToken: "ID トークンとアクセストークン",
  responseCodeIdToken: "認可コードと ID トークン",
  responseCodeToken: "認可コードとアクセストークン",
  responseCodeIdTokenToken: "認可コード、ID トークンとアクセストークン",
  responseNone: "なし",
  authClientSecretBasic: "クライアントシークレット（HTTP Basic）",
  authClientSecretPost: "リクエスト本文のクライアントシークレット",
  authClientSecretJwt: "クライアントシークレットで署名した JWT",
  authPrivateKeyJwt: "秘密鍵で署名した JWT",
  authNone: "なし（パブリッククライアント）",
};

export default ja;
