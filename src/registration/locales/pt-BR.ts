import type { RegistrationLabels } from "../labels";

/** Brazilian Portuguese labels of client registration. */
const ptBR: RegistrationLabels = {
  client_name: "Nome do aplicativo",
  redirect_uris: "URIs de redirecionamento",
  grant_types: "Tipos de concessão",
  response_types: "Tipos de resposta",
  token_endpoint_auth_method: "Autenticação no endpoint de token",
  scope: "Escopo",
  contacts: "Contatos",
  logo_uri: "URL do logotipo",
  client_uri: "URL da página inicial",
  policy_uri: "URL da política de privacidade",
  tos_uri: "URL dos termos de serviço",
  sectionBasics: "Sobre o aplicativo",
  sectionRedirects: "Redirecionamentos",
  sectionAdvanced: "Configurações avançadas",
  grantAuthorizationCode: "Código de autorização",
  grantImplicit: "Implícito",
  grantRefreshToken: "Token de atualização",
  grantClientCredentials: "Credenciais do cliente",
  grantDeviceCode: "Código de dispositivo",
  responseCode: "Código de autorização",
  responseToken: "Token de acesso",
  responseIdToken: "Token de identidade",
  responseIdTokenToken: "Token de identidade e token de acesso",
  responseCodeIdToken: "Código de autorização e token de identidade",
  responseCodeToken: "Código de autorização e token de acesso",
  responseCodeIdTokenToken: "Código de autorização, token de identidade e token de acesso",
  responseNone: "Nenhum",
  authClientSecretBasic: "Segredo do cliente, HTTP Basic",
  authClientSecretPost: "Segredo do cliente no corpo da requisição",
  authClientSecretJwt: "JWT assinado com o segredo do cliente",
  authPrivateKeyJwt: "JWT assinado com uma chave privada",
  authNone: "Nenhuma (cliente público)",
};

export default ptBR;
