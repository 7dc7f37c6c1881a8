// Client registration in Japanese. Polite form (です・ます), names in 「」 and
// full-width punctuation, as in the signup catalogue (src/i18n/locales/ja.ts).
import type { RegistrationMessages } from "../messages";

/** Japanese: every string of client registration. Loaded lazily by `loadRegistrationMessages("ja")`. */
const ja: RegistrationMessages = {
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
  // Help, the redirect URI list, required fields.
  redirectUrisHelp:
    "フラグメント（#）を含まない絶対 URL を指定してください。https を使用してください。http は localhost と 127.0.0.1 にのみ使用できます。",
  contactsHelp: "メールアドレスを 1 行に 1 件ずつ入力してください。",
  scopeHelp: "スコープの値をスペースで区切って入力してください。",
  redirectUriLabel: "リダイレクト URI {index}",
  addRedirectUri: "リダイレクト URI を追加",
  removeRedirectUri: "リダイレクト URI {index} を削除",
  requiredMarker: "（必須）",
  required: "「{label}」を入力してください。",

  // Checks before sending.
  redirectUriInvalid: "https://app.example.com/callback のような絶対 URL を入力してください。",
  redirectUriFragment: "リダイレクト URI にフラグメント（#…）を含めることはできません。",
  redirectUriInsecure:
    "https を使用してください。暗号化されていない http は localhost と 127.0.0.1 にのみ使用できます。",
  redirectUriRequired: "これらのグラントタイプには、リダイレクト URI を 1 つ以上追加してください。",
  urlInvalid: "http または https の絶対 URL を入力してください。",
  scopeInvalid:
    "スコープの値は半角スペース 1 つで区切り、引用符やバックスラッシュは使用しないでください。",
  contactInvalid: "メールアドレスを 1 行に 1 件ずつ入力してください。",
  codeNeedsAuthorizationCode:
    "レスポンスタイプ「code」には、グラントタイプ「authorization_code」が必要です。",
  tokenNeedsImplicit:
    "「token」または「id_token」を含むレスポンスタイプには、グラントタイプ「implicit」が必要です。",
  authorizationCodeNeedsCode:
    "グラントタイプ「authorization_code」には、レスポンスタイプ「code」が必要です。",
  implicitNeedsToken:
    "グラントタイプ「implicit」には、「token」または「id_token」を含むレスポンスタイプが必要です。",
  nameTooLong: "200 文字以内で入力してください。",
  jwksBoth: "鍵は直接指定するか URL で指定するか、どちらか一方にしてください。",

  // Server errors.
  serverSaid: "{message}（サーバーからのメッセージ: {detail}）",
  invalid_redirect_uri: "このリダイレクト URI はサーバーに受け付けられませんでした。",
  invalid_client_metadata: "この値はサーバーに受け付けられませんでした。",
  invalid_software_statement: "ソフトウェアステートメントが無効です。",
  unapproved_software_statement: "ソフトウェアステートメントがこのサーバーで承認されていません。",
  initialTokenInvalid:
    "登録には有効な初期アクセストークンが必要です。API の提供元に新しいトークンを依頼してください。",
  managementUnauthorized:
    "この登録は管理できなくなりました。登録アクセストークンが無効になったか、アプリケーションが削除されています。",
  managementForbidden: "この登録を管理する権限がありません。",
  rateLimited: "試行回数が多すぎます。{seconds}秒後にもう一度お試しください。",
  serverError: "サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。",
  networkUncertain:
    "接続が切れたため、アプリケーションが登録されたかどうかを確認できません。もう一度お試しになる前に、アプリケーションの一覧を確認してください。",
  networkNotSent:
    "アプリケーションは登録されていません。サーバーに接続できなかったため、何も送信されませんでした。接続を確認して、もう一度お試しください。",
  networkBlocked:
    "アプリケーションは登録されていません。サーバーがこのページからの登録リクエストを受け付けていない（クロスオリジン設定、CORS によって拒否された）ため、何も送信されませんでした。API の提供元にお知らせください。",
  networkFailed: "サーバーに接続できませんでした。接続を確認して、もう一度お試しください。",
  unexpectedResponse: "サーバーからの応答を解釈できませんでした。",

  // Discovery.
  discovering: "登録エンドポイントを探しています…",
  discoveryFailed:
    "アプリケーションの登録先が見つかりませんでした。サーバーが登録エンドポイントを公開していません。",
  retry: "再試行",

  // Submit and result.
  submit: "アプリケーションを登録",
  submitting: "アプリケーションを登録しています…",
  registeredTitle: "アプリケーションが登録されました",
  clientIdLabel: "クライアント ID",
  clientSecretLabel: "クライアントシークレット",
  secretOnceWarning:
    "今すぐクライアントシークレットをコピーして、安全な場所に保管してください。表示されるのは一度だけで、後から確認することはできません。",
  secretExpires: "シークレットの有効期限は{date}です。",
  secretNeverExpires: "シークレットに有効期限はありません。",
  copy: "コピー",
  copyLabel: "{label}をコピー",
  copied: "クリップボードにコピーしました。",
  copyFailed: "コピーできませんでした。テキストを選択して、手動でコピーしてください。",
  secretSaved: "シークレットを保存しました",
  registerAnother: "別のアプリケーションを登録",

  // Manager.
  loading: "登録情報を読み込んでいます…",
  loadFailed: "この登録情報を読み込めませんでした。",
  managerTitle: "アプリケーションの設定",
  save: "変更を保存",
  saving: "保存しています…",
  saved: "変更を保存しました。",
  secretRotated:
    "サーバーが新しいクライアントシークレットを発行しました。以前のシークレットは使用できなくなりました。新しいシークレットを今すぐコピーしてください。表示されるのは一度だけです。",
  deleteClient: "アプリケーションを削除",
  deleteConfirm:
    "「{name}」を削除しますか？このクライアント ID を使用しているアプリは動作しなくなります。この操作は元に戻せません。",
  deleteConfirmButton: "完全に削除",
  cancel: "キャンセル",
  deleting: "削除しています…",
  deleted: "アプリケーションを削除しました。",
};

export default ja;
