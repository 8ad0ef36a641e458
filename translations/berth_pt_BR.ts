<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Berth::Core</name>
    <message>
        <source>cannot create directory %1</source>
        <translation>não foi possível criar o diretório %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. No changes were made.</source>
        <translation>Não foi possível alcançar o servidor: %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The server did not answer in time: %1. No changes were made.</source>
        <translation>O servidor não respondeu a tempo: %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>A conexão segura falhou: %1</translation>
    </message>
    <message>
        <source>The token provided is invalid or expired. Log in again. (%1)</source>
        <translation>O token informado é inválido ou expirou. Faça login novamente. (%1)</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Permissão negada: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>Not an OpenShift cluster, or the operator is not installed: %1</source>
        <translation>Não é um cluster OpenShift, ou o operador não está instalado: %1</translation>
    </message>
    <message>
        <source>Already exists: %1</source>
        <translation>Já existe: %1</translation>
    </message>
    <message>
        <source>The object was changed by someone else: %1. Reload it and apply again.</source>
        <translation>O objeto foi alterado por outra pessoa: %1. Recarregue-o e aplique novamente.</translation>
    </message>
    <message>
        <source>The server rejected the change: %1</source>
        <translation>O servidor rejeitou a alteração: %1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>O servidor respondeu %1: %2</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message>
        <source>Could not read the data: %1</source>
        <translation>Não foi possível ler os dados: %1</translation>
    </message>
    <message>
        <source>File error: %1</source>
        <translation>Erro de arquivo: %1</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>Entrada inválida: %1</translation>
    </message>
    <message>
        <source>the API group %1 is not served</source>
        <translation>o grupo de API %1 não é servido</translation>
    </message>
    <message>
        <source>strategic merge patch is not supported for %1; use a merge patch</source>
        <translation>o patch de mesclagem estratégica não é suportado para %1; use um merge patch</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid kubeconfig: %2</source>
        <translation>%1 não é um kubeconfig válido: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid kubeconfig: not a mapping</source>
        <translation>%1 não é um kubeconfig válido: não é um mapeamento</translation>
    </message>
    <message>
        <source>no kubeconfig file given</source>
        <translation>nenhum arquivo kubeconfig informado</translation>
    </message>
    <message>
        <source>the kubeconfig is locked by %1. If no oc or kubectl is running, the lock was left by a crash: remove that file and try again.</source>
        <translation>o kubeconfig está bloqueado por %1. Se nenhum oc ou kubectl estiver em execução, o bloqueio ficou de uma falha: remova esse arquivo e tente novamente.</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>não foi possível criar o arquivo de bloqueio %1</translation>
    </message>
    <message>
        <source>%1 is readable by other users; run: chmod 600 %1</source>
        <translation>%1 pode ser lido por outros usuários; execute: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 exists: a stale lock left by a crashed oc or kubectl? Remove it if none is running.</source>
        <translation>%1 existe: um bloqueio antigo deixado por um oc ou kubectl que falhou? Remova-o se nenhum estiver em execução.</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found in %2</source>
        <translation>contexto &quot;%1&quot; não encontrado em %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; of context &quot;%2&quot; has no server</source>
        <translation>o cluster &quot;%1&quot; do contexto &quot;%2&quot; não tem servidor</translation>
    </message>
    <message>
        <source>cannot read the certificate authority %1: %2</source>
        <translation>não foi possível ler a autoridade certificadora %1: %2</translation>
    </message>
    <message>
        <source>the certificate authority of cluster &quot;%1&quot; is not PEM</source>
        <translation>a autoridade certificadora do cluster &quot;%1&quot; não está em PEM</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; gets its credentials from a plugin: %2 %3. Berth does not run plugins from a kubeconfig; log in with a token instead.</source>
        <translation>o usuário &quot;%1&quot; obtém suas credenciais de um plugin: %2 %3. O Berth não executa plugins de um kubeconfig; faça login com um token.</translation>
    </message>
    <message>
        <source>cannot read the token file %1</source>
        <translation>não foi possível ler o arquivo de token %1</translation>
    </message>
    <message>
        <source>the server URL is empty</source>
        <translation>a URL do servidor está vazia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL</source>
        <translation>&quot;%1&quot; não é uma URL de servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the server must be https://</source>
        <translation>&quot;%1&quot;: o servidor deve ser https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give only the API server, such as https://api.cluster.example.com:6443</source>
        <translation>&quot;%1&quot;: informe apenas o servidor de API, como https://api.cluster.example.com:6443</translation>
    </message>
    <message>
        <source>not an oc login command line</source>
        <translation>não é uma linha de comando oc login</translation>
    </message>
    <message>
        <source>the command line names no server (--server=https://...)</source>
        <translation>a linha de comando não informa o servidor (--server=https://...)</translation>
    </message>
    <message>
        <source>the command line has no --token</source>
        <translation>a linha de comando não tem --token</translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation>o token está vazio</translation>
    </message>
    <message>
        <source>the certificate authority is not a PEM certificate</source>
        <translation>a autoridade certificadora não é um certificado PEM</translation>
    </message>
    <message>
        <source>Certificate %1, SHA-256 fingerprint %2. If you trust it, log in with --certificate-authority FILE (the cluster&apos;s CA) or --trust-fingerprint %2.</source>
        <translation>Certificado %1, impressão digital SHA-256 %2. Se você confia nele, faça login com --certificate-authority ARQUIVO (a CA do cluster) ou --trust-fingerprint %2.</translation>
    </message>
    <message>
        <source>%1 is a web page, not the API server: this looks like the web console URL. Use the API URL, usually https://api.&lt;cluster&gt;:6443.</source>
        <translation>%1 é uma página web, não o servidor de API: parece ser a URL do console web. Use a URL da API, geralmente https://api.&lt;cluster&gt;:6443.</translation>
    </message>
    <message>
        <source>The server uses a certificate signed by an unknown authority.</source>
        <translation>O servidor usa um certificado assinado por uma autoridade desconhecida.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match its hostname.</source>
        <translation>O certificado do servidor não corresponde ao nome do host.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is expired or not yet valid (local clock: %1).</source>
        <translation>O certificado do servidor expirou ou ainda não é válido (relógio local: %1).</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>no current context: log in first</source>
        <translation>nenhum contexto atual: faça login primeiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid digest (sha256:&lt;64 hex&gt; or sha512:&lt;128 hex&gt;)</source>
        <translation>&quot;%1&quot; não é um digest válido (sha256:&lt;64 hex&gt; ou sha512:&lt;128 hex&gt;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: oci: needs a directory</source>
        <translation>&quot;%1&quot;: oci: requer um diretório</translation>
    </message>
    <message>
        <source>invalid image reference &quot;%1&quot;: %2</source>
        <translation>referência de imagem inválida &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host</source>
        <translation>&quot;%1&quot; não é um host de registro válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation>&quot;%1&quot; não é uma tag válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid repository name (lower case, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;)</source>
        <translation>&quot;%1&quot; não é um nome de repositório válido (minúsculas, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the size is missing or negative</source>
        <translation>%1: o tamanho está ausente ou é negativo</translation>
    </message>
    <message>
        <source>the manifest is larger than 4 MiB (%1 bytes); refused</source>
        <translation>o manifesto é maior que 4 MiB (%1 bytes); recusado</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object (%1): %2</source>
        <translation>o manifesto não é um objeto JSON (%1): %2</translation>
    </message>
    <message>
        <source>the manifest says it is %1 but was served as %2</source>
        <translation>o manifesto diz ser %1, mas foi servido como %2</translation>
    </message>
    <message>
        <source>the document is ambiguous: it has fields of both a manifest and an index; refused</source>
        <translation>o documento é ambíguo: tem campos de manifesto e de índice; recusado</translation>
    </message>
    <message>
        <source>unsupported manifest schemaVersion %1</source>
        <translation>schemaVersion de manifesto não suportado: %1</translation>
    </message>
    <message>
        <source>unknown manifest media type %1</source>
        <translation>tipo de mídia de manifesto desconhecido: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>não foi possível criar %1</translation>
    </message>
    <message>
        <source>%1 is not an OCI layout: %2</source>
        <translation>%1 não é um layout OCI: %2</translation>
    </message>
    <message>
        <source>%1/index.json: %2</source>
        <translation>%1/index.json: %2</translation>
    </message>
    <message>
        <source>%1/index.json is not an index</source>
        <translation>%1/index.json não é um índice</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n image(s); name one as oci:DIR:NAME</source>
        <translation>
            <numerusform>%1 contém %n imagem; indique uma como oci:DIR:NOME</numerusform>
            <numerusform>%1 contém %n imagens; indique uma como oci:DIR:NOME</numerusform>
        </translation>
    </message>
    <message>
        <source>no image named &quot;%1&quot; in %2</source>
        <translation>nenhuma imagem chamada &quot;%1&quot; em %2</translation>
    </message>
    <message>
        <source>cannot read blob %1 in %2: %3</source>
        <translation>não foi possível ler o blob %1 em %2: %3</translation>
    </message>
    <message>
        <source>blob %1 is larger than %2 bytes</source>
        <translation>o blob %1 é maior que %2 bytes</translation>
    </message>
    <message>
        <source>blob %1 in %2 is corrupt (its content has another digest)</source>
        <translation>o blob %1 em %2 está corrompido (seu conteúdo tem outro digest)</translation>
    </message>
    <message>
        <source>the registry listed an invalid tag &quot;%1&quot;</source>
        <translation>o registro listou uma tag inválida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the registry&apos;s next page is on another host (%1); refused</source>
        <translation>a próxima página do registro está em outro host (%1); recusado</translation>
    </message>
    <message numerus="yes">
        <source>the registry&apos;s pages loop or never end; stopped after %n page(s)</source>
        <translation>
            <numerusform>as páginas do registro entram em laço ou não terminam; parado após %n página</numerusform>
            <numerusform>as páginas do registro entram em laço ou não terminam; parado após %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>the manifest is larger than 4 MiB; refused</source>
        <translation>o manifesto é maior que 4 MiB; recusado</translation>
    </message>
    <message>
        <source>the manifest does not match its digest %1</source>
        <translation>o manifesto não corresponde ao seu digest %1</translation>
    </message>
    <message>
        <source>the registry stored the manifest as %1, not %2</source>
        <translation>o registro armazenou o manifesto como %1, não %2</translation>
    </message>
    <message>
        <source>the registry has %1 with %2 bytes, not %3</source>
        <translation>o registro tem %1 com %2 bytes, não %3</translation>
    </message>
    <message>
        <source>blob digest mismatch for %1</source>
        <translation>digest do blob não confere para %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>não foi possível criar um arquivo temporário em %1: %2</translation>
    </message>
    <message>
        <source>blob %1 is larger than its descriptor (%2 bytes); refused</source>
        <translation>o blob %1 é maior que seu descritor (%2 bytes); recusado</translation>
    </message>
    <message>
        <source>the registry resumed %1 at the wrong offset (%2)</source>
        <translation>o registro retomou %1 na posição errada (%2)</translation>
    </message>
    <message>
        <source>blob %1 ended after %2 of %3 bytes</source>
        <translation>o blob %1 terminou após %2 de %3 bytes</translation>
    </message>
    <message>
        <source>blob digest mismatch: expected %1, got %2</source>
        <translation>digest do blob não confere: esperado %1, obtido %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>não foi possível renomear %1 para %2: %3</translation>
    </message>
    <message>
        <source>the registry stored %1 as %2</source>
        <translation>o registro armazenou %1 como %2</translation>
    </message>
    <message>
        <source>the registry started an upload without a Location</source>
        <translation>o registro iniciou um envio sem Location</translation>
    </message>
    <message>
        <source>the upload location leaves https; refused</source>
        <translation>o local de envio sai do https; recusado</translation>
    </message>
    <message>
        <source>Check the credentials for %1 (--creds, --registry-token or the auth file).</source>
        <translation>Verifique as credenciais para %1 (--creds, --registry-token ou o arquivo de autenticação).</translation>
    </message>
    <message>
        <source>the token realm &quot;%1&quot; is not a URL</source>
        <translation>o realm de token &quot;%1&quot; não é uma URL</translation>
    </message>
    <message>
        <source>the token realm %1 is plain http; refused</source>
        <translation>o realm de token %1 é http simples; recusado</translation>
    </message>
    <message>
        <source>the token realm %1 is not https; refused</source>
        <translation>o realm de token %1 não é https; recusado</translation>
    </message>
    <message>
        <source>the token realm %1 is a local or private address that is not the registry; refused</source>
        <translation>o realm de token %1 é um endereço local ou privado que não é o registro; recusado</translation>
    </message>
    <message>
        <source>the token realm %1 redirected; token requests follow no redirects</source>
        <translation>o realm de token %1 redirecionou; pedidos de token não seguem redirecionamentos</translation>
    </message>
    <message>
        <source>the token response is larger than 1 MiB; refused</source>
        <translation>a resposta de token é maior que 1 MiB; recusada</translation>
    </message>
    <message>
        <source>the token server %1 sent no token</source>
        <translation>o servidor de token %1 não enviou token</translation>
    </message>
    <message>
        <source>%1 asks for credentials; none were given</source>
        <translation>%1 pede credenciais; nenhuma foi informada</translation>
    </message>
    <message>
        <source>the response of %1 is larger than %2 bytes; refused</source>
        <translation>a resposta de %1 é maior que %2 bytes; recusada</translation>
    </message>
    <message>
        <source>too many redirects from %1</source>
        <translation>redirecionamentos demais a partir de %1</translation>
    </message>
    <message>
        <source>%1 redirected from https to %2; refused</source>
        <translation>%1 redirecionou de https para %2; recusado</translation>
    </message>
    <message>
        <source>%1 is a Docker schema 1 manifest: it can be inspected, not copied</source>
        <translation>%1 é um manifesto Docker schema 1: pode ser inspecionado, não copiado</translation>
    </message>
    <message>
        <source>the credential helper docker-credential-%1 could not be started</source>
        <translation>o auxiliar de credenciais docker-credential-%1 não pôde ser iniciado</translation>
    </message>
    <message>
        <source>the credential helper docker-credential-%1 did not answer</source>
        <translation>o auxiliar de credenciais docker-credential-%1 não respondeu</translation>
    </message>
    <message>
        <source>docker-credential-%1 failed for %2</source>
        <translation>docker-credential-%1 falhou para %2</translation>
    </message>
    <message>
        <source>the &quot;auth&quot; of %1 in %2 is not base64 of user:password</source>
        <translation>o &quot;auth&quot; de %1 em %2 não é base64 de usuário:senha</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 não é JSON válido: %2</translation>
    </message>
    <message>
        <source>cannot seek in %1</source>
        <translation>não foi possível posicionar em %1</translation>
    </message>
    <message>
        <source>%1 ends early</source>
        <translation>%1 termina antes do esperado</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>não foi possível gravar: %1</translation>
    </message>
    <message>
        <source>cannot read the data of %1</source>
        <translation>não foi possível ler os dados de %1</translation>
    </message>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>%1 is not valid gzip</source>
        <translation>%1 não é gzip válido</translation>
    </message>
    <message>
        <source>%1 is truncated gzip</source>
        <translation>%1 é um gzip truncado</translation>
    </message>
    <message>
        <source>%1 is not a docker-archive (no manifest.json)</source>
        <translation>%1 não é um docker-archive (sem manifest.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n image(s); name one as docker-archive:FILE:REPO:TAG</source>
        <translation>
            <numerusform>%1 contém %n imagem; indique uma como docker-archive:ARQUIVO:REPO:TAG</numerusform>
            <numerusform>%1 contém %n imagens; indique uma como docker-archive:ARQUIVO:REPO:TAG</numerusform>
        </translation>
    </message>
    <message>
        <source>no image %1 in %2</source>
        <translation>nenhuma imagem %1 em %2</translation>
    </message>
    <message>
        <source>%1 names a file outside it: %2</source>
        <translation>%1 nomeia um arquivo fora dele: %2</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 não tem %2</translation>
    </message>
    <message>
        <source>%1 in %2 is too large</source>
        <translation>%1 em %2 é grande demais</translation>
    </message>
    <message>
        <source>cannot write into %1</source>
        <translation>não foi possível gravar em %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message numerus="yes">
        <source>a docker-archive holds one image, not an index of %n platform(s); copy one platform by digest</source>
        <translation>
            <numerusform>um docker-archive contém uma imagem, não um índice de %n plataforma; copie uma plataforma pelo digest</numerusform>
            <numerusform>um docker-archive contém uma imagem, não um índice de %n plataformas; copie uma plataforma pelo digest</numerusform>
        </translation>
    </message>
    <message>
        <source>the image config lists %1 layers, the manifest %2</source>
        <translation>a configuração da imagem lista %1 camadas, o manifesto %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>zstd layers cannot be written to a docker-archive yet</source>
        <translation>camadas zstd ainda não podem ser gravadas em um docker-archive</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>não foi possível ler %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file beside %1</source>
        <translation>não foi possível criar um arquivo temporário ao lado de %1</translation>
    </message>
    <message>
        <source>layer %1 does not decompress to its DiffID %2 (got %3)</source>
        <translation>a camada %1 não descompacta para seu DiffID %2 (obtido %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: docker-archive: needs a file</source>
        <translation>&quot;%1&quot;: docker-archive: requer um arquivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this transport is not supported yet; use oci:DIR, docker-archive:FILE or a registry reference</source>
        <translation>&quot;%1&quot;: este transporte ainda não é suportado; use oci:DIR, docker-archive:ARQUIVO ou uma referência de registro</translation>
    </message>
    <message>
        <source>the registry reports %1 bytes of an upload that sent %2</source>
        <translation>o registro informa %1 bytes de um envio que mandou %2</translation>
    </message>
    <message>
        <source>%1 hands out its tokens from %2; the credentials for %1 go there.</source>
        <translation>%1 entrega seus tokens a partir de %2; as credenciais de %1 vão para lá.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, a local or private address; refused</source>
        <translation>%1 redirecionou para %2, um endereço local ou privado; recusado</translation>
    </message>
    <message>
        <source>%1 sent the client to %2, a local or private address that is not the registry; refused</source>
        <translation>%1 enviou o cliente para %2, um endereço local ou privado que não é o registro; recusado</translation>
    </message>
    <message>
        <source>This blob needs %1 bytes; free that much space and pull again.</source>
        <translation>Este blob precisa de %1 bytes; libere esse espaço e baixe de novo.</translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation>blob %1</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 of %3 bytes</source>
        <translation>%1: a conexão foi encerrada após %2 de %3 bytes</translation>
    </message>
    <message>
        <source>a watch event of %1 is larger than %2 bytes; refused</source>
        <translation>um evento de watch de %1 é maior que %2 bytes; recusado</translation>
    </message>
    <message>
        <source>the cluster names no registry host</source>
        <translation>o cluster não indica nenhum host de registro</translation>
    </message>
    <message>
        <source>%1 may not push to %2: that needs %3 on imagestreams/layers in project %4, which the %5 role grants (oc policy add-role-to-user %5 %1 -n %4)</source>
        <translation>%1 não pode enviar para %2: isso requer %3 em imagestreams/layers no projeto %4, que o papel %5 concede (oc policy add-role-to-user %5 %1 -n %4)</translation>
    </message>
    <message>
        <source>%1 may not pull from %2: that needs %3 on imagestreams/layers in project %4, which the %5 role grants (oc policy add-role-to-user %5 %1 -n %4)</source>
        <translation>%1 não pode baixar de %2: isso requer %3 em imagestreams/layers no projeto %4, que o papel %5 concede (oc policy add-role-to-user %5 %1 -n %4)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no (built-in YAML highlighter)</source>
        <translation>não (realce de YAML embutido)</translation>
    </message>
    <message>
        <source>cannot write %1 as YAML; it was left as it was</source>
        <translation>não foi possível gravar %1 como YAML; ele ficou como estava</translation>
    </message>
    <message>
        <source>The commands of a Berth session, in the order Berth made the changes.</source>
        <translation>Os comandos de uma sessão do Berth, na ordem em que o Berth fez as alterações.</translation>
    </message>
    <message>
        <source>set OC_TOKEN to your token (oc whoami -t)</source>
        <translation>defina OC_TOKEN com o seu token (oc whoami -t)</translation>
    </message>
    <message>
        <source>set %1 before running this script</source>
        <translation>defina %1 antes de executar este script</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>%1 is the summary of the change being undone</extracomment>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <source>%1 (as Berth left it)</source>
        <comment>diff header</comment>
        <translation>%1 (como o Berth o deixou)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <comment>diff header</comment>
        <translation>%1 (agora)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed by someone else since; Berth does not overwrite their change. Compare the versions, then change it anew.</source>
        <translation>%1 &quot;%2&quot; foi alterado por outra pessoa desde então; o Berth não sobrescreve a alteração dela. Compare as versões e depois faça a alteração de novo.</translation>
    </message>
    <message>
        <source>%1 (after the change)</source>
        <comment>diff header</comment>
        <translation>%1 (depois da alteração)</translation>
    </message>
    <message>
        <source>%1 (when the change was made)</source>
        <comment>diff header</comment>
        <translation>%1 (quando a alteração foi feita)</translation>
    </message>
    <message>
        <source>Make %1 the default storage class</source>
        <translation>Tornar %1 a storage class padrão</translation>
    </message>
    <message>
        <source>Stop %1 being a default storage class</source>
        <translation>Deixar %1 de ser storage class padrão</translation>
    </message>
    <message>
        <source>NetApp Trident; ONTAP NAS backends serve it</source>
        <translation>NetApp Trident; backends ONTAP NAS atendem</translation>
    </message>
    <message>
        <source>NetApp Trident (legacy name); ONTAP NAS backends</source>
        <translation>NetApp Trident (nome antigo); backends ONTAP NAS</translation>
    </message>
    <message>
        <source>a vSphere disk attaches to one node</source>
        <translation>um disco do vSphere se conecta a um só nó</translation>
    </message>
    <message>
        <source>only with vSAN file services enabled</source>
        <translation>só com os serviços de arquivos do vSAN ativados</translation>
    </message>
    <message>
        <source>local volumes live on one node</source>
        <translation>volumes locais ficam em um só nó</translation>
    </message>
    <message>
        <source>CephFS (OpenShift Data Foundation)</source>
        <translation>CephFS (OpenShift Data Foundation)</translation>
    </message>
    <message>
        <source>Ceph RBD shares only raw block volumes</source>
        <translation>o Ceph RBD compartilha só volumes de bloco brutos</translation>
    </message>
    <message>
        <source>an EBS disk attaches to one node</source>
        <translation>um disco EBS se conecta a um só nó</translation>
    </message>
    <message>
        <source>Amazon EFS (NFS)</source>
        <translation>Amazon EFS (NFS)</translation>
    </message>
    <message>
        <source>an Azure disk attaches to one node</source>
        <translation>um disco do Azure se conecta a um só nó</translation>
    </message>
    <message>
        <source>Azure Files</source>
        <translation>Azure Files</translation>
    </message>
    <message>
        <source>a persistent disk attaches to one node</source>
        <translation>um persistent disk se conecta a um só nó</translation>
    </message>
    <message>
        <source>Google Filestore (NFS)</source>
        <translation>Google Filestore (NFS)</translation>
    </message>
    <message>
        <source>a Cinder volume attaches to one node</source>
        <translation>um volume Cinder se conecta a um só nó</translation>
    </message>
    <message>
        <source>OpenStack Manila shares</source>
        <translation>compartilhamentos do OpenStack Manila</translation>
    </message>
    <message>
        <source>NFS</source>
        <translation>NFS</translation>
    </message>
    <message>
        <source>not known for this provisioner</source>
        <translation>desconhecido para este provisionador</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>em todo o cluster</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>o usuário &quot;%1&quot;</translation>
    </message>
    <message>
        <source>group &quot;%1&quot;</source>
        <translation>o grupo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>service account &quot;%1&quot; of %2</source>
        <translation>a service account &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>%1 already has %2 %3 (binding %4); nothing to change.</source>
        <translation>%1 já tem %2 %3 (binding %4); nada a alterar.</translation>
    </message>
    <message>
        <source>Grant %1 to %2 %3</source>
        <translation>Conceder %1 a %2 %3</translation>
    </message>
    <message>
        <source>Delete binding %1: %2 was its last subject</source>
        <translation>Apagar o binding %1: %2 era o seu último subject</translation>
    </message>
    <message>
        <source>Take %1 out of binding %2</source>
        <translation>Tirar %1 do binding %2</translation>
    </message>
    <message>
        <source>%1 does not have %2 %3; nothing to remove</source>
        <translation>%1 não tem %2 %3; nada a remover</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; not found</source>
        <translation>papel &quot;%1&quot; não encontrado</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 não encontrado</translation>
    </message>
    <message>
        <source>pulls images from the project&apos;s image streams</source>
        <translation>baixa imagens dos image streams do projeto</translation>
    </message>
    <message>
        <source>pulls and pushes images</source>
        <translation>baixa e envia imagens</translation>
    </message>
    <message>
        <source>pulls and pushes images, and manages who has access to them</source>
        <translation>baixa e envia imagens, e gerencia quem tem acesso a elas</translation>
    </message>
    <message>
        <source>pulls images; for service accounts (pods of other projects)</source>
        <translation>baixa imagens; para service accounts (pods de outros projetos)</translation>
    </message>
    <message>
        <source>pushes images; for service accounts (builds, CI)</source>
        <translation>envia imagens; para service accounts (builds, CI)</translation>
    </message>
    <message>
        <source>The commands below were made on %1.</source>
        <translation>Os comandos abaixo foram feitos em %1.</translation>
    </message>
    <message>
        <source>log in to %1 first (oc login)</source>
        <translation>entre em %1 primeiro (oc login)</translation>
    </message>
    <message>
        <source>there is no storage class named &quot;%1&quot;</source>
        <translation>não há storage class chamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the management state is Managed, Removed or Unmanaged, not &quot;%1&quot;</source>
        <translation>o estado de gerenciamento é Managed, Removed ou Unmanaged, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>management state %1</source>
        <translation>estado de gerenciamento %1</translation>
    </message>
    <message>
        <source>the storage is either a claim or emptyDir, not both</source>
        <translation>o armazenamento é um claim ou emptyDir, não os dois</translation>
    </message>
    <message>
        <source>emptyDir storage</source>
        <translation>armazenamento emptyDir</translation>
    </message>
    <message>
        <source>emptyDir storage is lost whenever the registry&apos;s pod restarts: pushed images disappear. Use it only to try the registry.</source>
        <translation>o armazenamento emptyDir se perde sempre que o pod do registro reinicia: as imagens enviadas somem. Use-o só para experimentar o registro.</translation>
    </message>
    <message>
        <source>storage on a claim the operator creates (image-registry-storage)</source>
        <translation>armazenamento em um claim criado pelo operador (image-registry-storage)</translation>
    </message>
    <message>
        <source>storage on claim %1</source>
        <translation>armazenamento no claim %1</translation>
    </message>
    <message>
        <source>the registry needs at least one replica</source>
        <translation>o registro precisa de pelo menos uma réplica</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>the rollout strategy is RollingUpdate or Recreate, not &quot;%1&quot;</source>
        <translation>a estratégia de rollout é RollingUpdate ou Recreate, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rollout %1</source>
        <translation>rollout %1</translation>
    </message>
    <message>
        <source>the default route</source>
        <translation>a rota padrão</translation>
    </message>
    <message>
        <source>no default route</source>
        <translation>sem rota padrão</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>leitura e escrita</translation>
    </message>
    <message>
        <source>the log level is Normal, Debug, Trace or TraceAll, not &quot;%1&quot;</source>
        <translation>o nível de log é Normal, Debug, Trace ou TraceAll, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>log level %1</source>
        <translation>nível de log %1</translation>
    </message>
    <message>
        <source>the registry has no route named &quot;%1&quot;</source>
        <translation>o registro não tem rota chamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no route %1</source>
        <translation>sem a rota %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a route name: lower case letters, digits and &apos;-&apos;, at most 63</source>
        <translation>&quot;%1&quot; não é um nome de rota: letras minúsculas, dígitos e &apos;-&apos;, no máximo 63</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; não é um nome de host</translation>
    </message>
    <message>
        <source>the ingress domain could not be read: if %1 is outside it, the route needs a TLS secret</source>
        <translation>não foi possível ler o domínio de ingress: se %1 estiver fora dele, a rota precisa de um secret TLS</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>rota %1</translation>
    </message>
    <message>
        <source>claim %1 does not exist in %2: the operator uses a named claim as it is and never creates it. Create it first, or leave the name empty for image-registry-storage.</source>
        <translation>o claim %1 não existe em %2: o operador usa um claim nomeado como ele está e nunca o cria. Crie-o antes, ou deixe o nome vazio para image-registry-storage.</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>%1 is outside the ingress domain %2: the router&apos;s certificate does not cover it, so the route needs a TLS secret</source>
        <translation>%1 está fora do domínio de ingress %2: o certificado do router não o cobre, então a rota precisa de um secret TLS</translation>
    </message>
    <message>
        <source>cannot use ReadWriteOnce access mode with more than one replica (claim %1): use one replica</source>
        <translation>não é possível usar o modo de acesso ReadWriteOnce com mais de uma réplica (claim %1): use uma réplica</translation>
    </message>
    <message>
        <source>cannot use ReadWriteOnce access mode with RollingUpdate rollout strategy (claim %1): use the Recreate rollout strategy</source>
        <translation>não é possível usar o modo de acesso ReadWriteOnce com a estratégia de rollout RollingUpdate (claim %1): use a estratégia Recreate</translation>
    </message>
    <message>
        <source>the staged changes are being reviewed or applied; wait for it to end</source>
        <translation>as alterações preparadas estão sendo revisadas ou aplicadas; espere terminar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name</source>
        <translation>&quot;%1&quot; não é um nome de role</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user, group or service account name</source>
        <translation>&quot;%1&quot; não é um nome de usuário, grupo ou service account</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project name: lower-case letters, digits and &quot;-&quot;, at most 63</source>
        <translation>&quot;%1&quot; não é um nome de projeto: letras minúsculas, dígitos e &quot;-&quot;, no máximo 63</translation>
    </message>
    <message>
        <source>Unknown: the registry&apos;s config could not be read.</source>
        <translation>Desconhecido: a configuração do registro não pôde ser lida.</translation>
    </message>
    <message>
        <source>Reading configs.imageregistry.operator.openshift.io/cluster takes a cluster administrator (or a role that may get it).</source>
        <translation>Ler configs.imageregistry.operator.openshift.io/cluster exige um administrador do cluster (ou uma role que possa obtê-lo).</translation>
    </message>
    <message>
        <source>Removed: the registry is not deployed.</source>
        <translation>Removed: o registro não está implantado.</translation>
    </message>
    <message>
        <source>Give it storage, then set the management state to Managed.</source>
        <translation>Dê a ele armazenamento e depois defina o estado de gerenciamento como Managed.</translation>
    </message>
    <message>
        <source>Set the management state to Managed to deploy it.</source>
        <translation>Defina o estado de gerenciamento como Managed para implantá-lo.</translation>
    </message>
    <message>
        <source>Unmanaged: the operator leaves the registry as it is.</source>
        <translation>Unmanaged: o operador deixa o registro como está.</translation>
    </message>
    <message>
        <source>Not configured: the registry has no storage.</source>
        <translation>Não configurado: o registro não tem armazenamento.</translation>
    </message>
    <message>
        <source>Give it storage: a claim the operator makes (image-registry-storage, on the default storage class, which must serve ReadWriteMany), a claim you name, or emptyDir on a test cluster (its images are lost when the pod restarts).</source>
        <translation>Dê a ele armazenamento: um claim que o operador cria (image-registry-storage, na storage class padrão, que precisa atender ReadWriteMany), um claim que você nomeia, ou emptyDir num cluster de teste (as imagens se perdem quando o pod reinicia).</translation>
    </message>
    <message>
        <source>Degraded: %1</source>
        <translation>Degraded: %1</translation>
    </message>
    <message>
        <source>Progressing: the operator has not acted on the latest change yet.</source>
        <translation>Progressing: o operador ainda não agiu sobre a última alteração.</translation>
    </message>
    <message>
        <source>Progressing: the operator is deploying the registry.</source>
        <translation>Progressing: o operador está implantando o registro.</translation>
    </message>
    <message>
        <source>Progressing: %1</source>
        <translation>Progressing: %1</translation>
    </message>
    <message>
        <source>Available: the registry is ready (%1 of %2 replicas).</source>
        <translation>Available: o registro está pronto (%1 de %2 réplicas).</translation>
    </message>
    <message>
        <source>The claim %1 does not exist in openshift-image-registry: create it, or leave the claim empty for the operator to make image-registry-storage.</source>
        <translation>O claim %1 não existe em openshift-image-registry: crie-o, ou deixe o claim vazio para o operador criar image-registry-storage.</translation>
    </message>
    <message>
        <source>no volume is provisioned yet</source>
        <translation>nenhum volume foi provisionado ainda</translation>
    </message>
    <message>
        <source>A ReadWriteOnce claim takes replicas 1 and the Recreate rollout strategy.</source>
        <translation>Um claim ReadWriteOnce exige 1 réplica e a estratégia de rollout Recreate.</translation>
    </message>
    <message>
        <source>The storage is emptyDir: every image is lost when the registry&apos;s pod restarts.</source>
        <translation>O armazenamento é emptyDir: todas as imagens se perdem quando o pod do registro reinicia.</translation>
    </message>
    <message>
        <source>It is reachable only inside the cluster: turn on the default route (the Routes page) to push and pull from this workstation.</source>
        <translation>Ele só é acessível dentro do cluster: ative a rota padrão (a página Rotas) para enviar e baixar desta estação de trabalho.</translation>
    </message>
    <message>
        <source>%1: does not exist</source>
        <translation>%1: não existe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 de %2 prontos</translation>
    </message>
    <message>
        <source>%1: %2, %3, restarts: %4</source>
        <translation>%1: %2, %3, reinícios: %4</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>não pronto</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sem TLS</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admitida</translation>
    </message>
    <message>
        <source>not admitted</source>
        <translation>não admitida</translation>
    </message>
    <message>
        <source>This is not valid YAML: %1</source>
        <translation>Isto não é YAML válido: %1</translation>
    </message>
    <message>
        <source>The YAML must be one object, a mapping.</source>
        <translation>O YAML precisa ser um objeto, um mapeamento.</translation>
    </message>
    <message>
        <source>%1 cannot be changed (from &quot;%2&quot; to &quot;%3&quot;): kubectl edit refuses that too. To make another object, create it.</source>
        <translation>%1 não pode ser alterado (de &quot;%2&quot; para &quot;%3&quot;): o kubectl edit também recusa isso. Para fazer outro objeto, crie-o.</translation>
    </message>
    <message>
        <source>Edit %1 %2 as YAML</source>
        <translation>Editar %1 %2 como YAML</translation>
    </message>
    <message>
        <source>The claim %1 is Pending: %2. Name a claim whose storage class can serve it.</source>
        <translation>O claim %1 está Pending: %2. Nomeie um claim cuja storage class possa atendê-lo.</translation>
    </message>
    <message>
        <source>The claim %1 is Pending: %2. Make a storage class that can serve ReadWriteMany the default (the Storage page): the claim then gets it.</source>
        <translation>O claim %1 está Pending: %2. Torne padrão uma storage class que atenda ReadWriteMany (a página Armazenamento): o claim então a recebe.</translation>
    </message>
    <message>
        <source>The claim %1 is Pending: %2. Its class, %3, cannot change: make a storage class that can serve ReadWriteMany the default (the Storage page), then delete the claim (oc delete pvc %1 -n openshift-image-registry), and the operator makes it again on that class.</source>
        <translation>O claim %1 está Pending: %2. A classe dele, %3, não pode mudar: torne padrão uma storage class que atenda ReadWriteMany (a página Armazenamento), depois exclua o claim (oc delete pvc %1 -n openshift-image-registry), e o operador o cria de novo nessa classe.</translation>
    </message>
    <message>
        <source>the chain the registry&apos;s route presents</source>
        <translation>a cadeia que a rota do registro apresenta</translation>
    </message>
    <message>
        <source>The ingress operator&apos;s own signing CA, which the procedure extracts. It is right while the routes use the certificate the operator generated; once an administrator replaces the ingress certificate, it no longer signs what the routes present.</source>
        <translation>A CA de assinatura do próprio operador de ingress, a que o procedimento extrai. É a certa enquanto as rotas usam o certificado que o operador gerou; depois que um administrador substitui o certificado do ingress, ela não assina mais o que as rotas apresentam.</translation>
    </message>
    <message>
        <source>The CA bundle the ingress operator publishes for the certificate the routes serve now, whether generated or replaced. Right in both cases.</source>
        <translation>O pacote de CAs que o operador de ingress publica para o certificado que as rotas servem agora, gerado ou substituído. Certo nos dois casos.</translation>
    </message>
    <message>
        <source>What the route sends when Berth connects. Use it only when no cluster source verifies the route, and only after comparing its fingerprint with one obtained another way: a connection can be intercepted.</source>
        <translation>O que a rota envia quando o Berth se conecta. Use-o só quando nenhuma fonte do cluster verifica a rota, e só depois de comparar a impressão digital com uma obtida por outro meio: uma conexão pode ser interceptada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host (HOST or HOST:PORT)</source>
        <translation>&quot;%1&quot; não é um host de registro (HOST ou HOST:PORTA)</translation>
    </message>
    <message>
        <source>a ConfigMap key cannot name the IPv6 address %1; use the registry&apos;s hostname</source>
        <translation>uma chave de ConfigMap não pode conter o endereço IPv6 %1; use o nome de host do registro</translation>
    </message>
    <message>
        <source>Berth could not check the CA against the registry&apos;s route (%1); %2 is what the procedure uses. Check again once the route answers.</source>
        <translation>O Berth não conseguiu conferir a CA com a rota do registro (%1); %2 é a que o procedimento usa. Confira de novo quando a rota responder.</translation>
    </message>
    <message>
        <source>Berth cannot recommend a CA: %1 did not present a certificate (%2).</source>
        <translation>O Berth não pode recomendar uma CA: %1 não apresentou um certificado (%2).</translation>
    </message>
    <message>
        <source>No source verifies the certificate %1 presents; its chain is incomplete or not meant for this host.</source>
        <translation>Nenhuma fonte verifica o certificado que %1 apresenta; a cadeia está incompleta ou não é para este host.</translation>
    </message>
    <message>
        <source>%1 verifies the certificate %2 presents: Berth recommends it.</source>
        <translation>%1 verifica o certificado que %2 apresenta: o Berth a recomenda.</translation>
    </message>
    <message>
        <source>no registry host is known yet</source>
        <translation>nenhum host do registro é conhecido ainda</translation>
    </message>
    <message>
        <source>there is no CA certificate to trust</source>
        <translation>não há certificado de CA em que confiar</translation>
    </message>
    <message>
        <source>images.config already takes its trusted CAs from ConfigMap %1; the key %2 goes there, since pointing it at %3 would drop the hosts %1 trusts.</source>
        <translation>o images.config já lê as CAs confiáveis do ConfigMap %1; a chave %2 vai para lá, pois apontá-lo para %3 descartaria os hosts em que %1 confia.</translation>
    </message>
    <message>
        <source>Create ConfigMap %1 in %2 holding the CA for %3</source>
        <translation>Criar o ConfigMap %1 em %2 com a CA de %3</translation>
    </message>
    <message>
        <source>ConfigMap %1 holds another CA for %2; it is replaced.</source>
        <translation>O ConfigMap %1 tem outra CA para %2; ela é substituída.</translation>
    </message>
    <message>
        <source>Add the CA for %1 to ConfigMap %2 in %3, keeping its other keys</source>
        <translation>Adicionar a CA de %1 ao ConfigMap %2 em %3, mantendo as outras chaves</translation>
    </message>
    <message>
        <source>Make the nodes trust the CAs of ConfigMap %1 (images.config additionalTrustedCA)</source>
        <translation>Fazer os nós confiarem nas CAs do ConfigMap %1 (additionalTrustedCA do images.config)</translation>
    </message>
    <message>
        <source>The cluster already trusts this CA for %1 (ConfigMap %2, key %3).</source>
        <translation>O cluster já confia nesta CA para %1 (ConfigMap %2, chave %3).</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expirou há %n dia</numerusform>
            <numerusform>expirou há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>falta %n dia</numerusform>
            <numerusform>faltam %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>autoridade certificadora</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>folha</translation>
    </message>
    <message>
        <source>the certificate does not name %1</source>
        <translation>o certificado não contém o nome %1</translation>
    </message>
    <message>
        <source>a certificate of the chain has expired (local clock: %1)</source>
        <translation>um certificado da cadeia expirou (relógio local: %1)</translation>
    </message>
    <message>
        <source>a certificate of the chain is not valid yet (local clock: %1)</source>
        <translation>um certificado da cadeia ainda não é válido (relógio local: %1)</translation>
    </message>
    <message>
        <source>the chain is not signed by this certificate authority</source>
        <translation>a cadeia não é assinada por esta autoridade certificadora</translation>
    </message>
    <message>
        <source>the certificate file is larger than %1 bytes</source>
        <translation>o arquivo de certificado tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>this is neither a PEM nor a DER certificate</source>
        <translation>isto não é um certificado PEM nem DER</translation>
    </message>
    <message>
        <source>certificate %1 of the bundle has no END line</source>
        <translation>o certificado %1 do pacote não tem a linha END</translation>
    </message>
    <message>
        <source>certificate %1 of the bundle does not parse</source>
        <translation>o certificado %1 do pacote não pôde ser lido</translation>
    </message>
    <message>
        <source>the file holds no certificate</source>
        <translation>o arquivo não contém nenhum certificado</translation>
    </message>
    <message>
        <source>there is no certificate to verify</source>
        <translation>não há certificado a verificar</translation>
    </message>
    <message>
        <source>the certificate cannot be read</source>
        <translation>o certificado não pode ser lido</translation>
    </message>
    <message>
        <source>the chain cannot be checked</source>
        <translation>a cadeia não pode ser conferida</translation>
    </message>
    <message>
        <source>no TLS handshake with %1: %2</source>
        <translation>sem handshake TLS com %1: %2</translation>
    </message>
    <message>
        <source>%1 did not complete a TLS handshake in %2 seconds</source>
        <translation>%1 não completou um handshake TLS em %2 segundos</translation>
    </message>
    <message>
        <source>%1 kept changing while Berth wrote it; try again</source>
        <translation>%1 continuou mudando enquanto o Berth o gravava; tente de novo</translation>
    </message>
    <message>
        <source>this login has no token to store (it uses a client certificate); log in with a token: berthctl login --token</source>
        <translation>este login não tem token para salvar (usa um certificado de cliente); faça login com um token: berthctl login --token</translation>
    </message>
    <message>
        <source>%1 is not this cluster&apos;s registry; Berth gives the cluster&apos;s token to its registry only (%2)</source>
        <translation>%1 não é o registro deste cluster; o Berth só entrega o token do cluster ao registro dele (%2)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); Berth leaves it as it is: fix or move it, then try again</source>
        <translation>%1 não é um objeto JSON (%2); o Berth o deixa como está: corrija-o ou mova-o e tente de novo</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>the &quot;auths&quot; of %1 is not a JSON object; Berth leaves the file as it is: fix or move it, then try again</source>
        <translation>o &quot;auths&quot; de %1 não é um objeto JSON; o Berth deixa o arquivo como está: corrija-o ou mova-o e tente de novo</translation>
    </message>
    <message>
        <source>docker-credential-%1 could not store the login for %2: %3</source>
        <translation>o docker-credential-%1 não conseguiu guardar o login de %2: %3</translation>
    </message>
    <message>
        <source>%1 is a symlink or not a directory; Berth does not write through it</source>
        <translation>%1 é um symlink ou não é um diretório; o Berth não grava através dele</translation>
    </message>
    <message>
        <source>%1 has no key %2 beside it</source>
        <translation>%1 não tem a chave %2 ao lado</translation>
    </message>
    <message>
        <source>there is no CA certificate to install</source>
        <translation>não há certificado de CA a instalar</translation>
    </message>
    <message>
        <source>%1 holds another CA; Berth keeps it. Choose to replace it (it is then kept beside the new one)</source>
        <translation>%1 tem outra CA; o Berth a mantém. Escolha substituí-la (ela fica então ao lado da nova)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>&quot;%1&quot; não é um nome de %2: letras minúsculas, dígitos, &apos;-&apos; e &apos;.&apos;, começando e terminando com letra ou dígito</translation>
    </message>
    <message>
        <source>%1 gives no certificate: %2</source>
        <translation>%1 não fornece certificado: %2</translation>
    </message>
    <message>
        <source>what %1 presents is taken only with its SHA-256 fingerprint, obtained another way: it is %2</source>
        <translation>o que %1 apresenta só é aceito com a impressão digital SHA-256 dele, obtida por outro meio: ela é %2</translation>
    </message>
    <message>
        <source>%1 presents SHA-256 %2, not %3: the connection may be intercepted; nothing is trusted</source>
        <translation>%1 apresenta o SHA-256 %2, não %3: a conexão pode estar interceptada; nada foi confiado</translation>
    </message>
    <message>
        <source>No CA the cluster publishes verifies what %1 presents; only its own chain does. Berth does not choose it for you: compare SHA-256 %2 with the one your administrator gives, then choose it with that fingerprint.</source>
        <translation>Nenhuma CA que o cluster publica verifica o que %1 apresenta; só a própria cadeia dele o faz. O Berth não a escolhe por você: compare o SHA-256 %2 com o que o seu administrador informar e então escolha-a com essa impressão digital.</translation>
    </message>
    <message>
        <source>ConfigMap %1 already holds another CA for %2 (key %3); Berth keeps it. Choose to replace it</source>
        <translation>O ConfigMap %1 já tem outra CA para %2 (chave %3); o Berth a mantém. Escolha substituí-la</translation>
    </message>
    <message>
        <source>a pull secret needs a user name and a password (or a token)</source>
        <translation>um pull secret precisa de um nome de usuário e uma senha (ou um token)</translation>
    </message>
    <message>
        <source>Create pull secret %1 in %2 for %3 as %4</source>
        <translation>Criar o pull secret %1 em %2 para %3 como %4</translation>
    </message>
    <message>
        <source>secret %1 does not exist in %2; create it first, then link it</source>
        <translation>o secret %1 não existe em %2; crie-o primeiro e depois vincule-o</translation>
    </message>
    <message>
        <source>Let pods of service account %1 in %2 pull with secret %3</source>
        <translation>Permitir que os pods da service account %1 em %2 baixem com o secret %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emissor: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nomes: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Validade: %1 a %2</translation>
    </message>
    <message>
        <source>local clock %1</source>
        <translation>relógio local %1</translation>
    </message>
    <message>
        <source>Key: %1 %2 bits</source>
        <translation>Chave: %1 de %2 bits</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Berth could not edit %1 without changing other entries; it is left as it is. Save the login with podman login or docker login instead, and report this file&apos;s layout</source>
        <translation>o Berth não conseguiu editar %1 sem mudar outras entradas; ele fica como está. Salve o login com podman login ou docker login e relate o formato deste arquivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host: give HOST, HOST:PORT or [IPv6]:PORT (no &apos;/&apos;, &apos;\&apos;, &quot;..&quot; or spaces, a port up to 65535)</source>
        <translation>&quot;%1&quot; não é um host de registro: informe HOST, HOST:PORTA ou [IPv6]:PORTA (sem &apos;/&apos;, &apos;\&apos;, &quot;..&quot; nem espaços, porta até 65535)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); nothing was written. Move it away, then export again</source>
        <translation>%1 não pode ser lido (%2); nada foi gravado. Mova-o para outro lugar e exporte de novo</translation>
    </message>
    <message>
        <source>%1 holds another CA (%2); nothing was written. Choose to replace it (it is kept beside the new one)</source>
        <translation>%1 tem outra CA (%2); nada foi gravado. Escolha substituí-la (ela fica ao lado da nova)</translation>
    </message>
    <message>
        <source>service account %1 does not exist in %2; create it (oc create serviceaccount %1 -n %2), then link</source>
        <translation>a service account %1 não existe em %2; crie-a (oc create serviceaccount %1 -n %2) e depois vincule</translation>
    </message>
    <message>
        <source>the cluster&apos;s registry</source>
        <translation>o registro do cluster</translation>
    </message>
    <message>
        <source>project %1 has no image yet</source>
        <translation>o projeto %1 ainda não tem imagem</translation>
    </message>
    <message>
        <source>did not end within %1 seconds</source>
        <translation>não terminou em %1 segundos</translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation>não pôde ser iniciado: %1</translation>
    </message>
    <message numerus="yes">
        <source>read the image&apos;s manifest (%n bytes)</source>
        <translation>
            <numerusform>leu o manifesto da imagem (%n byte)</numerusform>
            <numerusform>leu o manifesto da imagem (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>pkexec could not be started (%1); install Debian&apos;s pkexec package, or run the command as root</source>
        <translation>o pkexec não pôde ser iniciado (%1); instale o pacote pkexec do Debian ou execute o comando como root</translation>
    </message>
    <message>
        <source>pkexec was ended by a signal</source>
        <translation>o pkexec foi encerrado por um sinal</translation>
    </message>
    <message>
        <source>pkexec exit 126: the password dialog was dismissed</source>
        <translation>pkexec saiu com 126: a janela de senha foi fechada</translation>
    </message>
    <message>
        <source>pkexec exit 127: not authorized, or no polkit agent is running</source>
        <translation>pkexec saiu com 127: sem autorização, ou nenhum agente do polkit está em execução</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>saída %1: %2</translation>
    </message>
    <message>
        <source>the write as root did not happen (%1)</source>
        <translation>a gravação como root não aconteceu (%1)</translation>
    </message>
    <message>
        <source>expired less than a day ago</source>
        <translation>expirou há menos de um dia</translation>
    </message>
    <message>
        <source>%1 is not a change history Berth can read; move it away to start a new one</source>
        <translation>%1 não é um histórico de alterações que o Berth consiga ler; mova-o para outro lugar para começar um novo</translation>
    </message>
    <message>
        <source>Berth has applied no change to %1 that is left to revert</source>
        <translation>O Berth não aplicou a %1 nenhuma alteração que ainda falte reverter</translation>
    </message>
    <message>
        <source>%1 cannot be reverted with Berth: %2</source>
        <translation>%1 não pode ser revertido com o Berth: %2</translation>
    </message>
    <message>
        <source>Berth did not keep what it needs to undo &quot;%1&quot;: it keeps no secret on disk, and the change set or removed one (or its object was too large to keep)</source>
        <translation>O Berth não guardou o que precisa para desfazer &quot;%1&quot;: ele não guarda segredos em disco, e a alteração definiu ou removeu um (ou o objeto era grande demais para guardar)</translation>
    </message>
    <message>
        <source>Put it back from a copy of your own (oc apply -f FILE), then drop the change from the history: berthctl history forget.</source>
        <translation>Restaure-o a partir de uma cópia sua (oc apply -f ARQUIVO) e depois tire a alteração do histórico: berthctl history forget.</translation>
    </message>
    <message>
        <source>%1 is done, but the change history still lists the change it undid: %2</source>
        <translation>%1 foi feito, mas o histórico de alterações ainda lista a alteração que ele desfez: %2</translation>
    </message>
    <message>
        <source>the image config is not a JSON object: %1</source>
        <translation>a configuração da imagem não é um objeto JSON: %1</translation>
    </message>
    <message>
        <source>The space comes back when images are pruned (when the image pruner runs is not known: %1).</source>
        <translation>O espaço volta quando as imagens são podadas (não se sabe quando o podador de imagens roda: %1).</translation>
    </message>
    <message>
        <source>The image pruner is suspended: the space comes back only when images are pruned by hand (oc adm prune images --confirm).</source>
        <translation>O podador de imagens está suspenso: o espaço só volta quando as imagens são podadas à mão (oc adm prune images --confirm).</translation>
    </message>
    <message>
        <source>daily at midnight</source>
        <translation>diariamente à meia-noite</translation>
    </message>
    <message>
        <source>on the schedule %1</source>
        <translation>no agendamento %1</translation>
    </message>
    <message>
        <source>The space comes back when the image pruner runs (%1) and the image is in no other tag, used by no pod, older than %2 and not among the %3 newest revisions of a tag.</source>
        <translation>O espaço volta quando o podador de imagens roda (%1) e a imagem não está em outra tag, não é usada por nenhum pod, é mais antiga que %2 e não está entre as %3 revisões mais novas de uma tag.</translation>
    </message>
    <message>
        <source>Its last run failed: %1</source>
        <translation>A última execução dele falhou: %1</translation>
    </message>
    <message>
        <source>This registry does not allow deleting manifests (REGISTRY_STORAGE_DELETE_ENABLED=true enables it).</source>
        <translation>Este registro não permite excluir manifestos (REGISTRY_STORAGE_DELETE_ENABLED=true permite).</translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <extracomment>The tags that go with a deleted digest, when listing them failed.</extracomment>
        <translation>desconhecidas (%1)</translation>
    </message>
    <message>
        <source>%1, and perhaps others: only the first %2 tags were checked</source>
        <extracomment>%1: tags; %2: how many tags were checked.</extracomment>
        <translation>%1, e talvez outras: só as primeiras %2 tags foram verificadas</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no tags</comment>
        <extracomment>The tags that go with a deleted digest: there are none.</extracomment>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Removing a tag needs delete on imagestreamtags in project %1, which the registry-editor role grants (oc policy add-role-to-user registry-editor %2 -n %1).</source>
        <translation>Remover uma tag requer delete em imagestreamtags no projeto %1, que o papel registry-editor concede (oc policy add-role-to-user registry-editor %2 -n %1).</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::AccessPage</name>
    <message>
        <source>&amp;Grant Role…</source>
        <translation>Conce&amp;der role…</translation>
    </message>
    <message>
        <source>Re&amp;move from Role</source>
        <translation>Re&amp;mover da role</translation>
    </message>
    <message>
        <source>Refresh the role bindings</source>
        <translation>Atualizar os role bindings</translation>
    </message>
    <message>
        <source>Who may use the registry: registry-viewer pulls, registry-editor pulls and pushes, registry-admin also manages access; system:image-puller and system:image-pusher are for service accounts.</source>
        <translation>Quem pode usar o registry: registry-viewer baixa, registry-editor baixa e envia, registry-admin também gerencia o acesso; system:image-puller e system:image-pusher são para service accounts.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jeto:</translation>
    </message>
    <message>
        <source>Filter by name, role or project</source>
        <translation>Filtrar por nome, role ou projeto</translation>
    </message>
    <message>
        <source>Filter role bindings</source>
        <translation>Filtrar role bindings</translation>
    </message>
    <message>
        <source>Clear the role binding filter</source>
        <translation>Limpar o filtro de role bindings</translation>
    </message>
    <message>
        <source>Role bindings</source>
        <translation>Role bindings</translation>
    </message>
    <message>
        <source>What the selected role allows</source>
        <translation>O que a role selecionada permite</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>Conceder uma role</translation>
    </message>
    <message>
        <source>Stage removing the selected subject from its role</source>
        <translation>Preparar a remoção do sujeito selecionado da sua role</translation>
    </message>
    <message>
        <source>As oc policy remove-role-from-user or -group: from every binding of the role here; a binding left empty is deleted</source>
        <translation>Como oc policy remove-role-from-user ou -group: de todo binding da role aqui; um binding que fica vazio é excluído</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos os projetos</translation>
    </message>
    <message>
        <source>Cluster-wide bindings</source>
        <translation>Bindings de todo o cluster</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Aviso: %1.</translation>
    </message>
    <message>
        <source>%1 %2 %3.</source>
        <translation>%1 %2 %3.</translation>
    </message>
    <message>
        <source>in every project</source>
        <translation>em todos os projetos</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Edit &amp;YAML…</source>
        <translation>Editar &amp;YAML…</translation>
    </message>
    <message>
        <source>Edit the selected binding as YAML</source>
        <translation>Editar o binding selecionado como YAML</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::Accessibility</name>
    <message>
        <source>%1, typed</source>
        <comment>accessible name of a combo box&apos;s text field</comment>
        <translation>%1, digitado</translation>
    </message>
    <message>
        <source>%1 choices</source>
        <comment>accessible name of a combo box&apos;s list</comment>
        <translation>opções de %1</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ActivityModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Request or command</source>
        <translation>Requisição ou comando</translation>
    </message>
    <message>
        <source>note</source>
        <comment>activity: a remark, not a request</comment>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::AddRegistryDialog</name>
    <message>
        <source>&amp;Save the login in auth.json (as podman login does)</source>
        <translation>&amp;Salvar o login no auth.json (como faz o podman login)</translation>
    </message>
    <message>
        <source>Add Registry</source>
        <translation>Adicionar Registro</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Endereço do registro</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Senha ou token</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Save the login in auth.json</source>
        <translation>Salvar o login no auth.json</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add the registry</source>
        <translation>Adicionar o registro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address: type HOST or HOST:PORT, such as registry.example.com:5000.</source>
        <translation>&quot;%1&quot; não é um endereço de registro: digite HOST ou HOST:PORTA, como registro.example.com:5000.</translation>
    </message>
    <message>
        <source>Type both the user and the password, or neither to use a saved login.</source>
        <translation>Digite o usuário e a senha, ou nenhum dos dois para usar um login salvo.</translation>
    </message>
    <message>
        <source>Browse another registry by its address. Leave the login empty to use the one auth.json or Docker&apos;s config.json holds for it. The cluster&apos;s token goes to no host but the cluster&apos;s own registry.</source>
        <translation>Navegue por outro registro pelo endereço. Deixe o login vazio para usar o que o auth.json ou o config.json do Docker guarda para ele. O token do cluster não vai a nenhum host além do próprio registro do cluster.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::CatalogModel</name>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::CertificateDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado Não Confiável</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Certificate &amp;chain:</source>
        <translation>&amp;Cadeia de certificados:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadeia de certificados</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalhes:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalhes do certificado</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Confiar &amp;Neste Certificado</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar neste certificado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Berth then pins it for this cluster; it does not turn verification off.</source>
        <translation>O Berth então o fixa para este cluster; ele não desliga a verificação.</translation>
    </message>
    <message>
        <source>Berth then writes it as this registry&apos;s CA for you (rootless Podman, skopeo and Berth read it); it does not turn verification off.</source>
        <translation>O Berth então o grava como a CA deste registro para você (o Podman rootless, o skopeo e o Berth a leem); ele não desliga a verificação.</translation>
    </message>
    <message>
        <source>%1 presented the certificates below. The selected one is what Berth would trust (the chain&apos;s root when it was sent): trust it only if its SHA-256 fingerprint matches the one your cluster administrator gave you.</source>
        <translation>%1 apresentou os certificados abaixo. O selecionado é o que o Berth passaria a confiar (a raiz da cadeia, quando foi enviada): confie nele somente se a impressão digital SHA-256 corresponder à que o administrador do cluster lhe passou.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ConditionModel</name>
    <message>
        <source>as expected</source>
        <translation>como esperado</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requer atenção</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::EditYamlDialog</name>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <source>Edit YAML — %1 %2</source>
        <translation>Editar YAML — %1 %2</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>Find in the YAML</source>
        <translation>Localizar no YAML</translation>
    </message>
    <message>
        <source>Enter: next, Shift+Enter: previous</source>
        <translation>Enter: próximo, Shift+Enter: anterior</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>YAML of the object</source>
        <translation>YAML do objeto</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Status da edição</translation>
    </message>
    <message>
        <source>Reading %1 %2…</source>
        <translation>Lendo %1 %2…</translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation>Problemas, por linha</translation>
    </message>
    <message>
        <source>Stage the edited object</source>
        <translation>Preparar o objeto editado</translation>
    </message>
    <message>
        <source>Checked by a server dry run first; sent for real only from the Review pane (Ctrl+S)</source>
        <translation>Verificado antes por um dry run no servidor; enviado de fato só pelo painel de revisão (Ctrl+S)</translation>
    </message>
    <message>
        <source>Edit, then Stage: the server checks it before it is staged.</source>
        <translation>Edite e depois Prepare: o servidor o verifica antes de ser preparado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the YAML.</source>
        <translation>&quot;%1&quot; não está no YAML.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to stage.</source>
        <translation>Nada mudou: não há nada a preparar.</translation>
    </message>
    <message>
        <source>Checking with the server (dry run)…</source>
        <translation>Verificando com o servidor (dry run)…</translation>
    </message>
    <message>
        <source>YAML — %1 %2</source>
        <translation>YAML — %1 %2</translation>
    </message>
    <message>
        <source>YAML of the object, read-only</source>
        <translation>YAML do objeto, somente leitura</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::GrantDialog</name>
    <message>
        <source>Cluster-&amp;wide (every project)</source>
        <translation>Em todo o &amp;cluster (todos os projetos)</translation>
    </message>
    <message>
        <source>Grant a Role</source>
        <translation>Conceder uma role</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>What the role allows</source>
        <translation>O que a role permite</translation>
    </message>
    <message>
        <source>Grant to</source>
        <translation>Conceder a</translation>
    </message>
    <message>
        <source>&amp;Grant to:</source>
        <translation>Conceder &amp;a:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projeto:</translation>
    </message>
    <message>
        <source>Cluster-wide</source>
        <translation>Em todo o cluster</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <source>Stage the grant</source>
        <translation>Preparar a concessão</translation>
    </message>
    <message>
        <source>Not one of the registry&apos;s roles: see what it allows with oc describe clusterrole %1.</source>
        <translation>Não é uma das roles do registry: veja o que ela permite com oc describe clusterrole %1.</translation>
    </message>
    <message>
        <source>Whoever has %1 %2.</source>
        <translation>Quem tem %1 %2.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::GrantModel</name>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Service account</translation>
    </message>
    <message>
        <source>A role of this project only</source>
        <translation>Uma role só deste projeto</translation>
    </message>
    <message>
        <source>All (cluster-wide)</source>
        <translation>Todos (todo o cluster)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Allows</source>
        <translation>Permite</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ImageDetailsView</name>
    <message>
        <source>Image details</source>
        <translation>Detalhes da imagem</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagem:</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Copy the digest</source>
        <translation>Copiar o digest</translation>
    </message>
    <message>
        <source>Back to the index</source>
        <translation>Voltar ao índice</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de mídia</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Tipo de mídia:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criada em:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Other tags of this digest</source>
        <translation>Outras tags deste digest</translation>
    </message>
    <message>
        <source>Other tags:</source>
        <translation>Outras tags:</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Enter or a double click opens the platform&apos;s image</source>
        <translation>Enter ou um clique duplo abre a imagem da plataforma</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrução</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Copy the commands</source>
        <translation>Copiar os comandos</translation>
    </message>
    <message>
        <source>Image details tabs</source>
        <translation>Abas dos detalhes da imagem</translation>
    </message>
    <message>
        <source>Copy the image details</source>
        <translation>Copiar os detalhes da imagem</translation>
    </message>
    <message>
        <source>Select a tag to see its details.</source>
        <translation>Selecione uma tag para ver os detalhes.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>not known</source>
        <extracomment>%1: a size; %2: how many layers.</extracomment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 as stored; layers: %2</source>
        <translation>%1 como armazenada; camadas: %2</translation>
    </message>
    <message>
        <source>an index; platforms: %1</source>
        <extracomment>%1: how many platforms an index has.</extracomment>
        <translation>um índice; plataformas: %1</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>nenhuma conhecida</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Ponto de entrada</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Diretório de trabalho</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Portas expostas</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Não lida</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>a layer</source>
        <translation>uma camada</translation>
    </message>
    <message>
        <source>Other tags of this digest: %1
</source>
        <translation>Outras tags deste digest: %1
</translation>
    </message>
    <message>
        <source>Platform %1: %2
</source>
        <translation>Plataforma %1: %2
</translation>
    </message>
    <message>
        <source>Layers: %1, %2 as stored (%3 bytes)
Config: %4
</source>
        <translation>Camadas: %1, %2 como armazenadas (%3 bytes)
Configuração: %4
</translation>
    </message>
    <message>
        <source>The config could not be read: %1
</source>
        <translation>Não foi possível ler a configuração: %1
</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Criada em: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plataforma: %1</translation>
    </message>
    <message>
        <source>Environment:
</source>
        <translation>Ambiente:
</translation>
    </message>
    <message>
        <source>Labels:
</source>
        <translation>Rótulos:
</translation>
    </message>
    <message>
        <source>History (oldest first):
</source>
        <translation>Histórico (do mais antigo ao mais novo):
</translation>
    </message>
    <message>
        <source>Pull: %1
</source>
        <translation>Baixar: %1
</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>the digest</comment>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>&amp;Back to the Index</source>
        <translation>Vo&amp;ltar ao Índice</translation>
    </message>
    <message>
        <source>Copy Co&amp;mmands</source>
        <translation>Copiar Co&amp;mandos</translation>
    </message>
    <message>
        <source>Copy Deta&amp;ils</source>
        <translation>Copiar Detal&amp;hes</translation>
    </message>
    <message>
        <source>Image: %1
Digest: %2
Media type: %3
</source>
        <translation>Imagem: %1
Digest: %2
Tipo de mídia: %3
</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ImageStreamModel</name>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Último envio</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ImagesPage</name>
    <message>
        <source>&amp;Pull to Folder…</source>
        <translation>&amp;Baixar para Pasta…</translation>
    </message>
    <message>
        <source>Remove &amp;Tag…</source>
        <translation>Remover &amp;Tag…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jeto:</translation>
    </message>
    <message>
        <source>Registry host</source>
        <translation>Host do registro</translation>
    </message>
    <message>
        <source>Where the cluster&apos;s registry answers, such as its default route</source>
        <translation>Onde o registro do cluster responde, como sua rota padrão</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>Re&amp;gistro:</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>Filtrar repositórios</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositórios</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Pull the selected tag into a folder</source>
        <translation>Baixar a tag selecionada para uma pasta</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Remover a tag selecionada</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Cancelar a transferência</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Progresso da transferência</translation>
    </message>
    <message>
        <source>Images problem</source>
        <translation>Problema nas imagens</translation>
    </message>
    <message>
        <source>Pull into Folder</source>
        <translation>Baixar para a Pasta</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Remover Tag</translation>
    </message>
    <message>
        <source>Pu&amp;sh from Folder…</source>
        <translation>E&amp;nviar de uma Pasta…</translation>
    </message>
    <message>
        <source>Push an image from a folder</source>
        <translation>Enviar uma imagem de uma pasta</translation>
    </message>
    <message>
        <source>An OCI image layout, as skopeo copy oci:DIR or berthctl image pull write it</source>
        <translation>Um layout de imagem OCI, como skopeo copy oci:DIR ou berthctl image pull o gravam</translation>
    </message>
    <message>
        <source>Push from OCI Folder</source>
        <translation>Enviar de uma Pasta OCI</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Repository and tag in %1:</source>
        <translation>Repositório e tag em %1:</translation>
    </message>
    <message>
        <source>Enter the registry&apos;s host first.</source>
        <translation>Informe primeiro o host do registro.</translation>
    </message>
    <message>
        <source>Push from &amp;Archive…</source>
        <translation>Enviar de um Ar&amp;quivo…</translation>
    </message>
    <message>
        <source>Push an image from an archive file</source>
        <translation>Enviar uma imagem de um arquivo</translation>
    </message>
    <message>
        <source>A docker-archive tarball, as docker save, podman save or skopeo copy docker-archive: write it; its layers are sent compressed</source>
        <translation>Um tarball docker-archive, como docker save, podman save ou skopeo copy docker-archive: o gravam; suas camadas são enviadas comprimidas</translation>
    </message>
    <message>
        <source>Push from Archive</source>
        <translation>Enviar de um Arquivo</translation>
    </message>
    <message>
        <source>Image archives (*.tar);;All files (*)</source>
        <translation>Arquivos de imagem (*.tar);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Clear the repository filter</source>
        <translation>Limpar o filtro de repositórios</translation>
    </message>
    <message>
        <source>Pull %1 into %2</source>
        <translation>Baixar %1 em %2</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>Enviar %1 para %2</translation>
    </message>
    <message>
        <source>Remove tag %1/%2:%3</source>
        <translation>Remover a tag %1/%2:%3</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 não apresentou nenhum certificado.</translation>
    </message>
    <message>
        <source>%1: %2 Use the registry&apos;s own name, or ask for a certificate that names %1.</source>
        <translation>%1: %2 Use o nome do próprio registro ou peça um certificado que nomeie %1.</translation>
    </message>
    <message>
        <source>%1 written; %2 is tried again.</source>
        <translation>%1 gravado; %2 é tentado de novo.</translation>
    </message>
    <message>
        <source>%1 is trusted now; start the transfer again once the one running has ended.</source>
        <translation>%1 agora é confiável; inicie a transferência de novo quando a que está em andamento terminar.</translation>
    </message>
    <message>
        <source>Remove tag %1/%2:%3?</source>
        <translation>Remover a tag %1/%2:%3?</translation>
    </message>
    <message>
        <source>Its image stays in the stream, with its other tags: %1.</source>
        <translation>A imagem dela fica no stream, com as outras tags dela: %1.</translation>
    </message>
    <message>
        <source>A&amp;dd Registry…</source>
        <translation>A&amp;dicionar Registro…</translation>
    </message>
    <message>
        <source>This cluster&apos;s registry</source>
        <translation>O registro deste cluster</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Add a registry by its address</source>
        <translation>Adicionar um registro pelo endereço</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>O&amp;rigem:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; não é um endereço de registro.</translation>
    </message>
    <message>
        <source>The login for %1 was not saved (%2); this window uses it until it closes.</source>
        <translation>O login de %1 não foi salvo (%2); esta janela o usa até ser fechada.</translation>
    </message>
    <message>
        <source>The login for %1 is saved in %2.</source>
        <translation>O login de %1 está salvo em %2.</translation>
    </message>
    <message>
        <source>Delete the selected tag&apos;s image</source>
        <translation>Excluir a imagem da tag selecionada</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Excluir Imagem</translation>
    </message>
    <message>
        <source>Delete %1 (tag %2) from the registry?

The tags that go with it: %3.

The registry reclaims the space only when it collects garbage.</source>
        <translation>Excluir %1 (tag %2) do registro?

As tags que vão junto: %3.

O registro só recupera o espaço quando faz a coleta de lixo.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Dele&amp;te Image…</source>
        <translation>E&amp;xcluir Imagem…</translation>
    </message>
    <message>
        <source>Cop&amp;y or Retag…</source>
        <translation>Cop&amp;iar ou Nova Tag…</translation>
    </message>
    <message>
        <source>Copy the selected tag to another tag, repository or registry</source>
        <translation>Copiar a tag selecionada para outra tag, repositório ou registro</translation>
    </message>
    <message>
        <source>Copy or Retag</source>
        <translation>Copiar ou Nova Tag</translation>
    </message>
    <message>
        <source>Copy %1 to (HOST/REPOSITORY:TAG; the same repository with another tag retags it, moving no layer):</source>
        <translation>Copiar %1 para (HOST/REPOSITÓRIO:TAG; o mesmo repositório com outra tag cria uma nova tag, sem mover camadas):</translation>
    </message>
    <message>
        <source>Copy to a registry (HOST/REPOSITORY:TAG); Pull to Folder writes an OCI layout.</source>
        <translation>Copie para um registro (HOST/REPOSITÓRIO:TAG); Baixar para Pasta grava um layout OCI.</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copiar %1 para %2</translation>
    </message>
    <message>
        <source>Forget this registry</source>
        <translation>Esquecer este registro</translation>
    </message>
    <message>
        <source>Drops it from the sources; a login saved in auth.json stays</source>
        <translation>Tira-o das origens; um login salvo no auth.json continua lá</translation>
    </message>
    <message>
        <source>%1 is no longer a source. A login saved for it in auth.json stays there (podman logout %1 removes it).</source>
        <translation>%1 não é mais uma origem. Um login salvo para ele no auth.json continua lá (podman logout %1 o remove).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name (such as library/nginx).</source>
        <translation>&quot;%1&quot; não é um nome de repositório (como library/nginx).</translation>
    </message>
    <message>
        <source>Enter opens the repository typed, also one the catalog does not list</source>
        <translation>Enter abre o repositório digitado, também um que o catálogo não lista</translation>
    </message>
    <message>
        <source>To open a repository the catalog does not list, type its name in the filter and press Enter.</source>
        <translation>Para abrir um repositório que o catálogo não lista, digite o nome dele no filtro e tecle Enter.</translation>
    </message>
    <message>
        <source>Forg&amp;et</source>
        <translation>&amp;Esquecer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>The selection changed; choose the tag to copy again.</source>
        <translation>A seleção mudou; escolha de novo a tag a copiar.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::LoginDialog</name>
    <message>
        <source>&amp;Skip certificate verification (insecure)</source>
        <translation>&amp;Ignorar a verificação do certificado (inseguro)</translation>
    </message>
    <message>
        <source>Log In to OpenShift</source>
        <translation>Login no OpenShift</translation>
    </message>
    <message>
        <source>oc login command</source>
        <translation>Comando oc login</translation>
    </message>
    <message>
        <source>Paste the command of the web console&apos;s &quot;Copy login command&quot; page.</source>
        <translation>Cole o comando da página &quot;Copy login command&quot; do console web.</translation>
    </message>
    <message>
        <source>&amp;Paste oc login:</source>
        <translation>Co&amp;lar oc login:</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Servidor de API</translation>
    </message>
    <message>
        <source>API &amp;server:</source>
        <translation>&amp;Servidor de API:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Arquivo da autoridade certificadora</translation>
    </message>
    <message>
        <source>optional: the cluster&apos;s CA, PEM</source>
        <translation>opcional: a CA do cluster, em PEM</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>Procurar o arquivo da autoridade certificadora</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Autoridade certificadora:</translation>
    </message>
    <message>
        <source>Skip certificate verification</source>
        <translation>Ignorar a verificação do certificado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without verification anyone on the network path can read your token and change what Berth sends. Prefer trusting the certificate.</source>
        <translation>&lt;b&gt;Atenção:&lt;/b&gt; sem verificação, qualquer pessoa no caminho da rede pode ler seu token e alterar o que o Berth envia. Prefira confiar no certificado.</translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation>Aviso de conexão insegura</translation>
    </message>
    <message>
        <source>Server and Token</source>
        <translation>Servidor e Token</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Contexto do kubeconfig</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>C&amp;ontexto:</translation>
    </message>
    <message>
        <source>Contexts of %1</source>
        <translation>Contextos de %1</translation>
    </message>
    <message>
        <source>Kubeconfig Context</source>
        <translation>Contexto do Kubeconfig</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Forma de login</translation>
    </message>
    <message>
        <source>Login progress</source>
        <translation>Progresso do login</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>Situação do login</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your session has expired. Enter a new token to continue where you were.</source>
        <translation>Sua sessão expirou. Informe um novo token para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autoridade Certificadora</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados (*.crt *.pem);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Enter the API server and a token, or paste an oc login command.</source>
        <translation>Informe o servidor de API e um token, ou cole um comando oc login.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Interrompido. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The certificate was not trusted. Nothing was changed.</source>
        <translation>O certificado não foi aceito. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::MainWindow</name>
    <message>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>The whole procedure as a checked plan of steps.</source>
        <translation>O procedimento completo como um plano de etapas verificado.</translation>
    </message>
    <message>
        <source>Server warning: %1</source>
        <translation>Aviso do servidor: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Activity panel</source>
        <translation>Painel de atividade</translation>
    </message>
    <message>
        <source>Filter requests and commands</source>
        <translation>Filtrar requisições e comandos</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrar atividade</translation>
    </message>
    <message>
        <source>Copy oc &amp;Commands</source>
        <translation>Copiar &amp;Comandos oc</translation>
    </message>
    <message>
        <source>Copy the oc commands of this session</source>
        <translation>Copiar os comandos oc desta sessão</translation>
    </message>
    <message>
        <source>Requests and commands</source>
        <translation>Requisições e comandos</translation>
    </message>
    <message>
        <source>The oc commands of this session are on the clipboard.</source>
        <translation>Os comandos oc desta sessão estão na área de transferência.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Switch &amp;Context</source>
        <translation>Trocar de &amp;Contexto</translation>
    </message>
    <message>
        <source>Copy &amp;oc Commands</source>
        <translation>Copiar Comandos &amp;oc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>&amp;Sobre o Berth</translation>
    </message>
    <message>
        <source>About Berth</source>
        <translation>Sobre o Berth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;A console for the internal image registry of Red Hat OpenShift.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;Um console para o registro interno de imagens do Red Hat OpenShift.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Sem login</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuário: %1</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>Namespace: %1</translation>
    </message>
    <message>
        <source>Berth — %1</source>
        <translation>Berth — %1</translation>
    </message>
    <message>
        <source>Cannot Open Context</source>
        <translation>Não Foi Possível Abrir o Contexto</translation>
    </message>
    <message>
        <source>Clear the activity filter</source>
        <translation>Limpar o filtro de atividade</translation>
    </message>
    <message>
        <source>&amp;Export as Script…</source>
        <translation>&amp;Exportar como script…</translation>
    </message>
    <message>
        <source>Export the commands of this session as a script</source>
        <translation>Exportar os comandos desta sessão como script</translation>
    </message>
    <message>
        <source>&amp;Export Commands as Script…</source>
        <translation>&amp;Exportar comandos como script…</translation>
    </message>
    <message>
        <source>Export Commands as Script</source>
        <translation>Exportar comandos como script</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Scripts de shell (*.sh);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) written to %1.</source>
        <translation>
            <numerusform>%n comando gravado em %1.</numerusform>
            <numerusform>%n comandos gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Entrar em %1</translation>
    </message>
    <message>
        <source>Revert &amp;Last Change…</source>
        <translation>Reverter a ú&amp;ltima alteração…</translation>
    </message>
    <message>
        <source>&amp;Review Staged Changes…</source>
        <translation>&amp;Revisar alterações preparadas…</translation>
    </message>
    <message>
        <source>Re&amp;vert Last Change…</source>
        <translation>Re&amp;verter a última alteração…</translation>
    </message>
    <message>
        <source>Nothing is staged.</source>
        <translation>Nada está preparado.</translation>
    </message>
    <message numerus="yes">
        <source>%n staged change(s) dropped: they were for context %1.</source>
        <translation>
            <numerusform>%n alteração preparada descartada: era para o contexto %1.</numerusform>
            <numerusform>%n alterações preparadas descartadas: eram para o contexto %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert the last change Berth applied to this cluster</source>
        <translation>Reverter a última alteração que o Berth aplicou a este cluster</translation>
    </message>
    <message>
        <source>Revert Last Change</source>
        <translation>Reverter a última alteração</translation>
    </message>
    <message>
        <source>&amp;Forget Last Change</source>
        <translation>Es&amp;quecer a última alteração</translation>
    </message>
    <message>
        <source>Dropped from the change history, and left as it is on the cluster: %1.</source>
        <translation>Tirado do histórico de alterações, e deixado como está no cluster: %1.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::OverviewPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Loading the overview</source>
        <translation>Carregando a visão geral</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Atualizar a visão geral</translation>
    </message>
    <message>
        <source>Reload from the cluster (F5)</source>
        <translation>Recarregar do cluster (F5)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>API server:</source>
        <translation>Servidor de API:</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Servidor de API</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Default storage class:</source>
        <translation>Classe de armazenamento padrão:</translation>
    </message>
    <message>
        <source>Default storage class</source>
        <translation>Classe de armazenamento padrão</translation>
    </message>
    <message>
        <source>Image registry operator</source>
        <translation>Operador do registro de imagens</translation>
    </message>
    <message>
        <source>Management state:</source>
        <translation>Estado de gerenciamento:</translation>
    </message>
    <message>
        <source>Registry management state</source>
        <translation>Estado de gerenciamento do registro</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Armazenamento:</translation>
    </message>
    <message>
        <source>Registry storage</source>
        <translation>Armazenamento do registro</translation>
    </message>
    <message>
        <source>Registry problem</source>
        <translation>Problema do registro</translation>
    </message>
    <message>
        <source>Registry operator conditions</source>
        <translation>Condições do operador do registro</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão Geral</translation>
    </message>
    <message>
        <source>OpenShift version not readable</source>
        <translation>Versão do OpenShift não legível</translation>
    </message>
    <message>
        <source>OpenShift %1</source>
        <translation>OpenShift %1</translation>
    </message>
    <message>
        <source> (Kubernetes %1)</source>
        <translation> (Kubernetes %1)</translation>
    </message>
    <message>
        <source>none: no storage class is the default</source>
        <translation>nenhuma: nenhuma classe de armazenamento é a padrão</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>não configurado</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::Page</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Reload from the cluster (F5)</source>
        <translation>Recarregar do cluster (F5)</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::PlaceholderPage</name>
    <message>
        <source>Coming in a later version of Berth.</source>
        <translation>Chega em uma versão futura do Berth.</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RegistryPage</name>
    <message>
        <source>&amp;Stage Changes</source>
        <translation>Preparar alteraçõe&amp;s</translation>
    </message>
    <message>
        <source>Refresh the registry&apos;s config and status</source>
        <translation>Atualizar a configuração e o status do registro</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>Estado de gerenciamento</translation>
    </message>
    <message>
        <source>Managed: the operator deploys the registry. Removed: it takes the registry down. Unmanaged: it leaves everything as it is.</source>
        <translation>Managed: o operador implanta o registro. Removed: ele desativa o registro. Unmanaged: ele deixa tudo como está.</translation>
    </message>
    <message>
        <source>&amp;Management state:</source>
        <translation>Estado de &amp;gerenciamento:</translation>
    </message>
    <message>
        <source>Claim made by the operator</source>
        <translation>Claim criado pelo operador</translation>
    </message>
    <message>
        <source>The operator makes image-registry-storage on the default storage class, ReadWriteMany</source>
        <translation>O operador cria image-registry-storage na storage class padrão, ReadWriteMany</translation>
    </message>
    <message>
        <source>A claim I name</source>
        <translation>Um claim que eu nomeio</translation>
    </message>
    <message>
        <source>emptyDir (images lost when the pod restarts)</source>
        <translation>emptyDir (imagens perdidas quando o pod reinicia)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>Arma&amp;zenamento:</translation>
    </message>
    <message>
        <source>Claim name</source>
        <translation>Nome do claim</translation>
    </message>
    <message>
        <source>a claim in openshift-image-registry</source>
        <translation>um claim em openshift-image-registry</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Rollout strategy</source>
        <translation>Estratégia de rollout</translation>
    </message>
    <message>
        <source>Rollout strate&amp;gy:</source>
        <translation>Estratégia de r&amp;ollout:</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nível de log</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Stage the form&apos;s changes</source>
        <translation>Preparar as alterações do formulário</translation>
    </message>
    <message>
        <source>As oc edit sends them: one merge patch of what the form changes</source>
        <translation>Como o oc edit as envia: um merge patch do que o formulário altera</translation>
    </message>
    <message>
        <source>Reset the form to the cluster&apos;s config</source>
        <translation>Voltar o formulário à configuração do cluster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Status do registro</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Registry parts</source>
        <translation>Partes do registro</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operador: %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Internal hostname</source>
        <translation>Hostname interno</translation>
    </message>
    <message>
        <source>External hostname</source>
        <translation>Hostname externo</translation>
    </message>
    <message>
        <source>ClusterOperator</source>
        <translation>ClusterOperator</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Não legível</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Não configurado</translation>
    </message>
    <message>
        <source>Other: %1 (edit it as YAML)</source>
        <translation>Outro: %1 (edite-o como YAML)</translation>
    </message>
    <message>
        <source>Name the claim, or choose the claim made by the operator.</source>
        <translation>Nomeie o claim, ou escolha o claim criado pelo operador.</translation>
    </message>
    <message>
        <source>Read-o&amp;nly (refuse pushes)</source>
        <translation>So&amp;mente leitura (recusar envios)</translation>
    </message>
    <message>
        <source>&amp;Undo Edits</source>
        <translation>&amp;Desfazer edições</translation>
    </message>
    <message>
        <source>Cl&amp;aim:</source>
        <translation>Cla&amp;im:</translation>
    </message>
    <message>
        <source>Repl&amp;icas:</source>
        <translation>&amp;Réplicas:</translation>
    </message>
    <message>
        <source>L&amp;og level:</source>
        <translation>&amp;Nível de log:</translation>
    </message>
    <message>
        <source>The registry&apos;s config changed on the cluster while you edit: Undo Edits shows it (your edits are then lost).</source>
        <translation>A configuração do registro mudou no cluster enquanto você edita: Desfazer edições a mostra (suas edições então se perdem).</translation>
    </message>
    <message>
        <source>Give the registry storage and set it to Managed (steps 2 to 4 of the procedure); the Status panel follows the operator.</source>
        <translation>Dê armazenamento ao registro e defina-o como Managed (passos 2 a 4 do procedimento); o painel Status acompanha o operador.</translation>
    </message>
    <message>
        <source>Edit &amp;YAML…</source>
        <translation>Editar &amp;YAML…</translation>
    </message>
    <message>
        <source>Edit the registry&apos;s config as YAML</source>
        <translation>Editar a configuração do registro como YAML</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RegistryStager</name>
    <message>
        <source>Warning: %1.</source>
        <translation>Aviso: %1.</translation>
    </message>
    <message>
        <source>The registry&apos;s config already says that; nothing to change.</source>
        <translation>A configuração do registro já diz isso; nada a alterar.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ReviewButton</name>
    <message>
        <source>Review and apply the staged changes</source>
        <translation>Revisar e aplicar as alterações preparadas</translation>
    </message>
    <message numerus="yes">
        <source>Review and A&amp;pply (%n)…</source>
        <translation>
            <numerusform>Revisar e a&amp;plicar (%n)…</numerusform>
            <numerusform>Revisar e a&amp;plicar (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Review and A&amp;pply…</source>
        <translation>Revisar e a&amp;plicar…</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ReviewDialog</name>
    <message>
        <source>Diff of the object</source>
        <translation>Diff do objeto</translation>
    </message>
    <message>
        <source>Request sent to the server</source>
        <translation>Requisição enviada ao servidor</translation>
    </message>
    <message>
        <source>Equivalent oc command</source>
        <translation>Comando oc equivalente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>C&amp;opy Command</source>
        <translation>C&amp;opiar comando</translation>
    </message>
    <message>
        <source>&amp;Apply All</source>
        <translation>&amp;Aplicar tudo</translation>
    </message>
    <message>
        <source>Re&amp;view Again</source>
        <translation>Re&amp;visar de novo</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>&amp;Descartar tudo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation>Revisar alterações</translation>
    </message>
    <message>
        <source>Each change was sent to the server as a dry run: nothing is changed until you apply.</source>
        <translation>Cada alteração foi enviada ao servidor como dry run: nada muda até você aplicar.</translation>
    </message>
    <message>
        <source>Staged changes</source>
        <translation>Alterações preparadas</translation>
    </message>
    <message>
        <source>The server&apos;s verdict</source>
        <translation>O veredito do servidor</translation>
    </message>
    <message>
        <source>D&amp;iff</source>
        <translation>D&amp;iff</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quisição</translation>
    </message>
    <message>
        <source>Copy the oc command</source>
        <translation>Copiar o comando oc</translation>
    </message>
    <message>
        <source>oc Co&amp;mmand</source>
        <translation>Co&amp;mando oc</translation>
    </message>
    <message>
        <source>Details of the change</source>
        <translation>Detalhes da alteração</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Situação da revisão</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Stop the review or the apply</source>
        <translation>Parar a revisão ou a aplicação</translation>
    </message>
    <message>
        <source>Discard all staged changes</source>
        <translation>Descartar todas as alterações preparadas</translation>
    </message>
    <message>
        <source>Review the staged changes again</source>
        <translation>Revisar de novo as alterações preparadas</translation>
    </message>
    <message>
        <source>Apply all staged changes</source>
        <translation>Aplicar todas as alterações preparadas</translation>
    </message>
    <message>
        <source>Close, keeping the changes staged</source>
        <translation>Fechar, mantendo as alterações preparadas</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>recusada pelo servidor</translation>
    </message>
    <message>
        <source>accepted by the dry run</source>
        <translation>aceita pelo dry run</translation>
    </message>
    <message>
        <source>Someone else changed this object since it was reviewed; their change is below. Review again to apply yours on top of it.</source>
        <translation>Outra pessoa alterou este objeto depois da revisão; a alteração dela está abaixo. Revise de novo para aplicar a sua por cima dela.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Ainda não revisada.</translation>
    </message>
    <message>
        <source>The server would refuse this change: %1</source>
        <translation>O servidor recusaria esta alteração: %1</translation>
    </message>
    <message>
        <source>The server accepts this change.</source>
        <translation>O servidor aceita esta alteração.</translation>
    </message>
    <message>
        <source>(no difference: the object already looks like this)</source>
        <translation>(nenhuma diferença: o objeto já está assim)</translation>
    </message>
    <message>
        <source>Nothing is staged.</source>
        <translation>Nada está preparado.</translation>
    </message>
    <message>
        <source>Sending a dry run of each change…</source>
        <translation>Enviando um dry run de cada alteração…</translation>
    </message>
    <message>
        <source>Review stopped. Nothing was changed.</source>
        <translation>Revisão interrompida. Nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>The server accepts all %n change(s).</source>
        <translation>
            <numerusform>O servidor aceita a alteração.</numerusform>
            <numerusform>O servidor aceita todas as %n alterações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server would refuse %n change(s); nothing can be applied until they are fixed or discarded.</source>
        <translation>
            <numerusform>O servidor recusaria %n alteração; nada pode ser aplicado até que ela seja corrigida ou descartada.</numerusform>
            <numerusform>O servidor recusaria %n alterações; nada pode ser aplicado até que elas sejam corrigidas ou descartadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n alteração aplicada.</numerusform>
            <numerusform>%n alterações aplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied before it stopped.</source>
        <translation>
            <numerusform>%n alteração aplicada antes de parar.</numerusform>
            <numerusform>%n alterações aplicadas antes de parar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>The rest are still staged: review them again.</source>
        <translation>As demais continuam preparadas: revise-as de novo.</translation>
    </message>
    <message>
        <source>Discard &amp;Selected</source>
        <translation>Descartar a &amp;selecionada</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation>Descartar a alteração selecionada</translation>
    </message>
    <message>
        <source>Stopping after the change being sent…</source>
        <translation>Parando depois da alteração que está sendo enviada…</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Entrar de novo</translation>
    </message>
    <message>
        <source>The server no longer takes this login (the token expired or was revoked). Log in again: the changes stay staged, and are reviewed again once you have.</source>
        <translation>O servidor não aceita mais este login (o token expirou ou foi revogado). Entre de novo: as mudanças continuam preparadas e são revisadas de novo assim que você entrar.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RouteDialog</name>
    <message>
        <source>Add a Route</source>
        <translation>Adicionar uma rota</translation>
    </message>
    <message>
        <source>The operator makes the Route: it is added to the registry&apos;s config, as oc edit would add it under spec.routes.</source>
        <translation>O operador cria a Route: ela é acrescentada à configuração do registro, como o oc edit a acrescentaria em spec.routes.</translation>
    </message>
    <message>
        <source>Route name</source>
        <translation>Nome da rota</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>empty: NAME-openshift-image-registry.&lt;ingress domain&gt;</source>
        <translation>vazio: NOME-openshift-image-registry.&lt;domínio do ingress&gt;</translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation>Secret TLS</translation>
    </message>
    <message>
        <source>a kubernetes.io/tls secret in openshift-image-registry</source>
        <translation>um secret kubernetes.io/tls em openshift-image-registry</translation>
    </message>
    <message>
        <source>Needed for a hostname outside the ingress domain: the router&apos;s certificate does not cover it</source>
        <translation>Necessário para um hostname fora do domínio do ingress: o certificado do router não o cobre</translation>
    </message>
    <message>
        <source>TLS &amp;secret:</source>
        <translation>&amp;Secret TLS:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <source>Stage the route</source>
        <translation>Preparar a rota</translation>
    </message>
    <message>
        <source>Name the route.</source>
        <translation>Dê um nome à rota.</translation>
    </message>
    <message>
        <source>Edit the Route %1</source>
        <translation>Editar a rota %1</translation>
    </message>
    <message>
        <source>The operator changes the Route: the route is changed in the registry&apos;s config under spec.routes, as oc edit would change it.</source>
        <translation>O operador altera a Route: a rota é alterada na configuração do registro, em spec.routes, como o oc edit a alteraria.</translation>
    </message>
    <message>
        <source>The registry has a route named %1 already: give this one another name, or select that one and edit it.</source>
        <translation>O registro já tem uma rota chamada %1: dê outro nome a esta, ou selecione aquela e edite-a.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RoutesPage</name>
    <message>
        <source>&amp;Add Route…</source>
        <translation>Adic&amp;ionar rota…</translation>
    </message>
    <message>
        <source>Re&amp;move Route</source>
        <translation>Re&amp;mover rota</translation>
    </message>
    <message>
        <source>Refresh the routes</source>
        <translation>Atualizar as rotas</translation>
    </message>
    <message>
        <source>How Docker, Podman and skopeo reach the registry from outside the cluster. The operator makes the Route objects from its config: the default route, and custom routes with a hostname and a TLS secret.</source>
        <translation>Como Docker, Podman e skopeo alcançam o registro de fora do cluster. O operador cria os objetos Route a partir da sua configuração: a rota padrão, e rotas próprias com um hostname e um secret TLS.</translation>
    </message>
    <message>
        <source>Routes summary</source>
        <translation>Resumo das rotas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Terminação</translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation>Secret TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitida</translation>
    </message>
    <message>
        <source>Registry routes</source>
        <translation>Rotas do registro</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Add a route</source>
        <translation>Adicionar uma rota</translation>
    </message>
    <message>
        <source>Stage removing the selected route</source>
        <translation>Preparar a remoção da rota selecionada</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Rotas</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>(the operator picks it)</source>
        <translation>(o operador escolhe)</translation>
    </message>
    <message>
        <source>the router&apos;s</source>
        <translation>o do router</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirou em %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (resta %n dia)</numerusform>
            <numerusform>%1 (restam %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>The registry has no route: it is reachable only inside the cluster, as image-registry.openshift-image-registry.svc:5000.</source>
        <translation>O registro não tem rota: ele só é acessível dentro do cluster, como image-registry.openshift-image-registry.svc:5000.</translation>
    </message>
    <message>
        <source>Reachable from outside as: %1</source>
        <translation>Acessível de fora como: %1</translation>
    </message>
    <message>
        <source>(no hostname published yet)</source>
        <translation>(nenhum hostname publicado ainda)</translation>
    </message>
    <message>
        <source>Turn On the &amp;Default Route</source>
        <translation>Ativar a r&amp;ota padrão</translation>
    </message>
    <message>
        <source>Stage turning off the default route</source>
        <translation>Preparar a desativação da rota padrão</translation>
    </message>
    <message>
        <source>Stage turning on the default route</source>
        <translation>Preparar a ativação da rota padrão</translation>
    </message>
    <message>
        <source>T&amp;urn Off the Default Route</source>
        <translation>Desa&amp;tivar a rota padrão</translation>
    </message>
    <message>
        <source>%1 — not made yet</source>
        <translation>%1 — ainda não criada</translation>
    </message>
    <message>
        <source>%1 — no longer in the config</source>
        <translation>%1 — não está mais na configuração</translation>
    </message>
    <message>
        <source>the registry&apos;s</source>
        <translation>o do registro</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>nenhum: HTTP simples</translation>
    </message>
    <message>
        <source>Ed&amp;it Route…</source>
        <translation>E&amp;ditar rota…</translation>
    </message>
    <message>
        <source>Edit the selected route</source>
        <translation>Editar a rota selecionada</translation>
    </message>
    <message>
        <source>View &amp;YAML…</source>
        <translation>Ver &amp;YAML…</translation>
    </message>
    <message>
        <source>Show the selected Route object as YAML</source>
        <translation>Mostrar como YAML o objeto Route selecionado</translation>
    </message>
    <message>
        <source>Read-only: the operator makes the Route from its config</source>
        <translation>Somente leitura: o operador cria a Route a partir da configuração dele</translation>
    </message>
    <message>
        <source>The registry operator makes this Route from its config and puts back any edit made to it here: change the route with Edit Route… or the default route&apos;s button.</source>
        <translation>O operador do registro cria esta Route a partir da configuração dele e desfaz qualquer edição feita nela aqui: altere a rota com Editar rota… ou com o botão da rota padrão.</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::StorageClassModel</name>
    <message>
        <source>Yes</source>
        <comment>can serve ReadWriteMany</comment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <comment>can serve ReadWriteMany</comment>
        <translation>Não</translation>
    </message>
    <message>
        <source>With conditions</source>
        <comment>can serve ReadWriteMany</comment>
        <translation>Com condições</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>can serve ReadWriteMany</comment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Provisioner</source>
        <translation>Provisionador</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansão</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Whether the provisioner can serve a ReadWriteMany claim, as the registry&apos;s own claim is</source>
        <translation>Se o provisionador consegue atender um claim ReadWriteMany, como é o claim do próprio registro</translation>
    </message>
    <message>
        <source>RWX</source>
        <extracomment>column header: can serve a ReadWriteMany claim</extracomment>
        <translation>RWX</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Retenção</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Vinculação</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::StoragePage</name>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Tornar &amp;padrão</translation>
    </message>
    <message>
        <source>Refresh the storage classes</source>
        <translation>Atualizar as storage classes</translation>
    </message>
    <message>
        <source>The registry&apos;s storage is a claim on the default storage class. The operator asks for ReadWriteMany, which only some provisioners can serve.</source>
        <translation>O armazenamento do registro é um claim na storage class padrão. O operador pede ReadWriteMany, que só alguns provisionadores conseguem atender.</translation>
    </message>
    <message>
        <source>Default storage class</source>
        <translation>Storage class padrão</translation>
    </message>
    <message>
        <source>Filter storage classes</source>
        <translation>Filtrar storage classes</translation>
    </message>
    <message>
        <source>Clear the storage class filter</source>
        <translation>Limpar o filtro de storage classes</translation>
    </message>
    <message>
        <source>Storage classes</source>
        <translation>Storage classes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Stage making the selected class the default</source>
        <translation>Preparar a classe selecionada como padrão</translation>
    </message>
    <message>
        <source>As the OpenShift console does: the selected class first, then every other default set to &quot;false&quot;</source>
        <translation>Como faz o console do OpenShift: primeiro a classe selecionada, depois cada outra padrão passa a &quot;false&quot;</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>%1 is already the only default; nothing to change.</source>
        <translation>%1 já é a única padrão; nada a alterar.</translation>
    </message>
    <message>
        <source>No class is the default: a claim that names no class, as the registry&apos;s does, stays Pending.</source>
        <translation>Nenhuma classe é a padrão: um claim que não nomeia classe, como o do registro, fica Pending.</translation>
    </message>
    <message>
        <source>The default storage class is %1.</source>
        <translation>A storage class padrão é %1.</translation>
    </message>
    <message>
        <source>%1 are all marked default: a claim that names no class gets any one of them. Make one the default.</source>
        <translation>%1 estão todas marcadas como padrão: um claim que não nomeia classe recebe qualquer uma delas. Torne uma delas a padrão.</translation>
    </message>
    <message>
        <source>Edit &amp;YAML…</source>
        <translation>Editar &amp;YAML…</translation>
    </message>
    <message>
        <source>Edit the selected class as YAML</source>
        <translation>Editar a classe selecionada como YAML</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TagModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Enviada</translation>
    </message>
</context>
<context>
    <name>Berth::Gui::TrustPage</name>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Podman and skopeo</source>
        <translation>Podman e skopeo</translation>
    </message>
    <message>
        <source>Rootless Podman (you)</source>
        <translation>Podman rootless (você)</translation>
    </message>
    <message>
        <source>&amp;Trust in the Cluster</source>
        <translation>Con&amp;fiar no cluster</translation>
    </message>
    <message>
        <source>E&amp;xport CA</source>
        <translation>E&amp;xportar CA</translation>
    </message>
    <message>
        <source>Save Lo&amp;gin</source>
        <translation>Salvar lo&amp;gin</translation>
    </message>
    <message>
        <source>Refresh the trust</source>
        <translation>Atualizar a confiança</translation>
    </message>
    <message>
        <source>Which certificate authority signs the registry&apos;s route, and who trusts it: the cluster&apos;s nodes (a ConfigMap in openshift-config and images.config) and this workstation (Docker, Podman and skopeo), with TLS verification left on.</source>
        <translation>Qual autoridade certificadora assina a rota do registro, e quem confia nela: os nós do cluster (um ConfigMap em openshift-config e o images.config) e esta estação (Docker, Podman e skopeo), com a verificação TLS ligada.</translation>
    </message>
    <message>
        <source>Registry host</source>
        <translation>Host do registro</translation>
    </message>
    <message>
        <source>Check the registry host&apos;s certificate</source>
        <translation>Verificar o certificado do host do registro</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridade certificadora</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Verifies the route</source>
        <translation>Verifica a rota</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Certificate authority sources</source>
        <translation>Fontes da autoridade certificadora</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalhes do certificado</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster trust</source>
        <translation>Confiança do cluster</translation>
    </message>
    <message>
        <source>Config&amp;Map in openshift-config:</source>
        <translation>Config&amp;Map em openshift-config:</translation>
    </message>
    <message>
        <source>ConfigMap in openshift-config</source>
        <translation>ConfigMap em openshift-config</translation>
    </message>
    <message>
        <source>Stage the cluster&apos;s trust of the selected CA</source>
        <translation>Preparar a confiança do cluster na CA selecionada</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Esta estação</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Arquivo da CA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Workstation certificate stores</source>
        <translation>Repositórios de certificados da estação</translation>
    </message>
    <message>
        <source>Export the selected CA to the checked stores</source>
        <translation>Exportar a CA selecionada para os repositórios marcados</translation>
    </message>
    <message>
        <source>Save the login for the registry</source>
        <translation>Salvar o login do registro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>The cluster&apos;s trust cannot be read: %1</source>
        <translation>A confiança do cluster não pode ser lida: %1</translation>
    </message>
    <message>
        <source>The nodes trust no additional CA yet: images.config names no ConfigMap.</source>
        <translation>Os nós ainda não confiam em nenhuma CA adicional: o images.config não indica ConfigMap.</translation>
    </message>
    <message>
        <source>The nodes trust a CA for %1 from ConfigMap %2 (key %3).</source>
        <translation>Os nós confiam em uma CA para %1 do ConfigMap %2 (chave %3).</translation>
    </message>
    <message>
        <source>The nodes take their CAs from ConfigMap %1, which has none for %2.</source>
        <translation>Os nós leem as CAs do ConfigMap %1, que não tem nenhuma para %2.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lida: %1</translation>
    </message>
    <message>
        <source>nothing presented</source>
        <translation>nada apresentado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>não: %1</translation>
    </message>
    <message>
        <source>Choose a source of the CA first.</source>
        <translation>Escolha primeiro uma fonte da CA.</translation>
    </message>
    <message>
        <source>no CA for this host</source>
        <translation>nenhuma CA para este host</translation>
    </message>
    <message>
        <source>holds the selected CA</source>
        <translation>tem a CA selecionada</translation>
    </message>
    <message>
        <source>holds another CA</source>
        <translation>tem outra CA</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegível: %1</translation>
    </message>
    <message>
        <source>Check where to export the CA first.</source>
        <translation>Marque primeiro para onde exportar a CA.</translation>
    </message>
    <message>
        <source>%1 already holds this CA.</source>
        <translation>%1 já tem esta CA.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 gravado.</translation>
    </message>
    <message>
        <source>Login saved in %1.</source>
        <translation>Login salvo em %1.</translation>
    </message>
    <message>
        <source>%1 does not take it yet: %2</source>
        <translation>%1 ainda não o aceita: %2</translation>
    </message>
    <message>
        <source>%1 takes it.</source>
        <translation>%1 o aceita.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Ve&amp;rificar</translation>
    </message>
    <message>
        <source>Registry ho&amp;st:</source>
        <translation>Ho&amp;st do registro:</translation>
    </message>
    <message>
        <source>Re&amp;place a CA kept for this host</source>
        <translation>Su&amp;bstituir uma CA mantida para este host</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportar para:</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exportar para %1</translation>
    </message>
    <message>
        <source>Replace a CA that is kept for this host</source>
        <translation>Substituir uma CA que é mantida para este host</translation>
    </message>
    <message>
        <source>No registry host answers yet (%1); type one and press Check.</source>
        <translation>Nenhum host do registro responde ainda (%1); digite um e pressione Verificar.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Check the host first.</source>
        <translation>Verifique o host primeiro.</translation>
    </message>
    <message>
        <source>Tr&amp;y with Clients</source>
        <translation>Testar com os cl&amp;ientes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What skopeo and Podman say</source>
        <translation>O que o skopeo e o Podman dizem</translation>
    </message>
    <message>
        <source>Try the registry with skopeo and Podman</source>
        <translation>Testar o registro com o skopeo e o Podman</translation>
    </message>
    <message>
        <source>Runs skopeo and podman as you would, with no TLS flags: login --get-login, and skopeo inspect of the project&apos;s newest image.</source>
        <translation>Roda o skopeo e o podman como você rodaria, sem opções de TLS: login --get-login, e skopeo inspect da imagem mais nova do projeto.</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>skopeo and podman could not be run: %1</source>
        <translation>o skopeo e o podman não puderam ser rodados: %1</translation>
    </message>
    <message>
        <source>Neither skopeo nor podman is installed here to try it with.</source>
        <translation>Nem o skopeo nem o podman estão instalados aqui para testar.</translation>
    </message>
    <message>
        <source>No image was read with skopeo: %1.</source>
        <translation>Nenhuma imagem foi lida com o skopeo: %1.</translation>
    </message>
    <message>
        <source>Your login&apos;s token</source>
        <translation>O token do seu login</translation>
    </message>
    <message>
        <source>A user and password</source>
        <translation>Um usuário e senha</translation>
    </message>
    <message>
        <source>Stage P&amp;ull Secret</source>
        <translation>Preparar o secret de p&amp;ull</translation>
    </message>
    <message>
        <source>Stage Li&amp;nk</source>
        <translation>Preparar o víncu&amp;lo</translation>
    </message>
    <message>
        <source>Copy Snippet</source>
        <translation>Copiar o trecho</translation>
    </message>
    <message>
        <source>Pull secret name</source>
        <translation>Nome do secret de pull</translation>
    </message>
    <message>
        <source>Secret name:</source>
        <translation>Nome do secret:</translation>
    </message>
    <message>
        <source>The secret holds your login&apos;s token</source>
        <translation>O secret guarda o token do seu login</translation>
    </message>
    <message>
        <source>Whoever may read secrets in the project can act as you on the API, and pods stop pulling when your login expires.</source>
        <translation>Quem puder ler secrets no projeto pode agir como você na API, e os pods deixam de baixar quando o seu login expirar.</translation>
    </message>
    <message>
        <source>The secret holds a user and password</source>
        <translation>O secret guarda um usuário e senha</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Credenciais:</translation>
    </message>
    <message>
        <source>Pull secret user</source>
        <translation>Usuário do secret de pull</translation>
    </message>
    <message>
        <source>Pull secret password</source>
        <translation>Senha do secret de pull</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Stage the pull secret</source>
        <translation>Preparar o secret de pull</translation>
    </message>
    <message>
        <source>Service account to link the secret to</source>
        <translation>Conta de serviço a que vincular o secret</translation>
    </message>
    <message>
        <source>Stage the link of the secret to the service account</source>
        <translation>Preparar o vínculo do secret com a conta de serviço</translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation>Conta de serviço:</translation>
    </message>
    <message>
        <source>Pod spec snippet</source>
        <translation>Trecho da spec do pod</translation>
    </message>
    <message>
        <source>Copy the pod spec snippet</source>
        <translation>Copiar o trecho da spec do pod</translation>
    </message>
    <message>
        <source>Pod spec:</source>
        <translation>Spec do pod:</translation>
    </message>
    <message>
        <source>The secret holds your own token: whoever may read secrets in %1 can act as you on the API, and pods stop pulling when your login expires.</source>
        <translation>O secret guarda o seu próprio token: quem puder ler secrets em %1 pode agir como você na API, e os pods deixam de baixar quando o seu login expirar.</translation>
    </message>
    <message>
        <source>serviceaccount/%1 already pulls with %2; nothing to change.</source>
        <translation>serviceaccount/%1 já baixa com %2; nada a alterar.</translation>
    </message>
    <message>
        <source>Pull secret for pods in project %1</source>
        <translation>Secret de pull para os pods do projeto %1</translation>
    </message>
    <message>
        <source>The system stores belong to root, and berthctl, which writes them through pkexec, is neither beside Berth nor on PATH: install it, or export to Rootless Podman only.</source>
        <translation>Os repositórios do sistema pertencem ao root, e o berthctl, que os grava através do pkexec, não está ao lado do Berth nem no PATH: instale-o ou exporte apenas para o Podman rootless.</translation>
    </message>
    <message>
        <source>Export as Root</source>
        <translation>Exportar como Root</translation>
    </message>
    <message>
        <source>The system stores belong to root. Berth runs this command, which asks for your password, with the CA on its standard input:</source>
        <translation>Os repositórios do sistema pertencem ao root. O Berth executa este comando, que pede a sua senha, com a CA na entrada padrão:</translation>
    </message>
    <message>
        <source>&amp;Run as Root</source>
        <translation>&amp;Executar como Root</translation>
    </message>
    <message>
        <source>Run the command as root</source>
        <translation>Executar o comando como root</translation>
    </message>
    <message>
        <source>Waiting for pkexec: %1</source>
        <translation>Aguardando o pkexec: %1</translation>
    </message>
    <message>
        <source>Written as root: %1</source>
        <translation>Gravado como root: %1</translation>
    </message>
    <message>
        <source>Nothing was written. The command, to run yourself:
%1</source>
        <translation>Nada foi gravado. O comando, para você mesmo executar:
%1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>nenhum salvo</translation>
    </message>
    <message>
        <source>%1, works</source>
        <translation>%1, funciona</translation>
    </message>
    <message>
        <source>%1, does not work: %2</source>
        <translation>%1, não funciona: %2</translation>
    </message>
</context>
<context>
    <name>Berth::OpenShift::RegistryStatus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
    <message>
        <source>-o takes table, json or yaml</source>
        <translation>-o aceita table, json ou yaml</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>login needs --server and --token</source>
        <translation>login requer --server e --token</translation>
    </message>
    <message>
        <source>--insecure-skip-tls-verify cannot be combined with a certificate authority</source>
        <translation>--insecure-skip-tls-verify não pode ser combinado com uma autoridade certificadora</translation>
    </message>
    <message>
        <source>the server presented a certificate with SHA-256 fingerprint %1, not %2; nothing was changed.</source>
        <translation>o servidor apresentou um certificado com impressão digital SHA-256 %1, não %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>warning: the certificate of %1 is not verified; anyone on the network path can read and change what is sent.</source>
        <translation>aviso: o certificado de %1 não é verificado; qualquer pessoa no caminho da rede pode ler e alterar o que é enviado.</translation>
    </message>
    <message>
        <source>Logged into &quot;%1&quot; as &quot;%2&quot; using the token provided.</source>
        <translation>Login em &quot;%1&quot; como &quot;%2&quot; usando o token informado.</translation>
    </message>
    <message>
        <source>You don&apos;t have any projects.</source>
        <translation>Você não tem nenhum projeto.</translation>
    </message>
    <message numerus="yes">
        <source>You have access to %n project(s).</source>
        <translation>
            <numerusform>Você tem acesso a %n projeto.</numerusform>
            <numerusform>Você tem acesso a %n projetos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Using project &quot;%1&quot;.</source>
        <translation>Usando o projeto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the current context has no token</source>
        <translation>o contexto atual não tem token</translation>
    </message>
    <message>
        <source>context needs list or use NAME</source>
        <translation>context requer list ou use NOME</translation>
    </message>
    <message>
        <source>context use needs one context name</source>
        <translation>context use requer um nome de contexto</translation>
    </message>
    <message>
        <source>no context named &quot;%1&quot;</source>
        <translation>nenhum contexto chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Switched to context &quot;%1&quot;.</source>
        <translation>Contexto trocado para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See &apos;berthctl --help&apos;.</source>
        <translation>Veja &apos;berthctl --help&apos;.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <source>Registry options:
  --creds USER:PASS       credentials for the registry
  --registry-token T      a bearer token for the registry
  --authfile FILE         containers auth.json or Docker config.json
  --cert-dir DIR          CA certificates (*.crt) and client pairs for the registry
  --tls-verify=false      no certificate verification (also allows http)
</source>
        <translation>Opções de registro:
  --creds USUÁRIO:SENHA   credenciais para o registro
  --registry-token T      um token bearer para o registro
  --authfile ARQUIVO      auth.json do containers ou config.json do Docker
  --cert-dir DIR          certificados de CA (*.crt) e pares de cliente para o registro
  --tls-verify=false      sem verificação de certificado (também permite http)
</translation>
    </message>
    <message>
        <source>  --src-creds, --src-registry-token, --src-cert-dir, --src-tls-verify
  --dest-creds, --dest-registry-token, --dest-cert-dir, --dest-tls-verify
                          the same, for one side of a copy
  --jobs N                blobs in parallel, 1 to 16 (default 4)
</source>
        <translation>  --src-creds, --src-registry-token, --src-cert-dir, --src-tls-verify
  --dest-creds, --dest-registry-token, --dest-cert-dir, --dest-tls-verify
                          o mesmo, para um lado de uma cópia
  --jobs N                blobs em paralelo, de 1 a 16 (padrão 4)
</translation>
    </message>
    <message>
        <source>Log in with an OpenShift token, as oc login --token: checks the server&apos;s certificate and the token, picks the project and writes the kubeconfig.

Usage: berthctl login --server URL --token TOKEN [OPTIONS]

Options:
  -s, --server URL              the API server, https://api.CLUSTER:6443
  --token TOKEN                 the token (web console: Copy login command)
  --certificate-authority FILE  trust this CA for the server
  --trust-fingerprint SHA256    pin the certificate with this fingerprint
  --insecure-skip-tls-verify    no verification (never chosen for you)

Example:
  berthctl login --server https://api.ocp.example.com:6443 --token sha256~... --certificate-authority ca.crt
</source>
        <translation>Faz login com um token do OpenShift, como oc login --token: verifica o certificado do servidor e o token, escolhe o projeto e grava o kubeconfig.

Uso: berthctl login --server URL --token TOKEN [OPÇÕES]

Opções:
  -s, --server URL              o servidor de API, https://api.CLUSTER:6443
  --token TOKEN                 o token (console web: Copy login command)
  --certificate-authority ARQ   confiar nesta CA para o servidor
  --trust-fingerprint SHA256    fixar o certificado com esta impressão digital
  --insecure-skip-tls-verify    sem verificação (nunca escolhida por você)

Exemplo:
  berthctl login --server https://api.ocp.example.com:6443 --token sha256~... --certificate-authority ca.crt
</translation>
    </message>
    <message>
        <source>The user of the current context, as oc whoami.

Usage: berthctl whoami [-t]

Options:
  -t, --show-token   print the context&apos;s token instead (no server call)

Example:
  podman login -u unused -p &quot;$(berthctl whoami -t)&quot; REGISTRY
</source>
        <translation>O usuário do contexto atual, como oc whoami.

Uso: berthctl whoami [-t]

Opções:
  -t, --show-token   mostra o token do contexto (sem chamar o servidor)

Exemplo:
  podman login -u unused -p &quot;$(berthctl whoami -t)&quot; REGISTRO
</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s contexts.

Usage: berthctl context list
       berthctl context use NAME

Example:
  berthctl context use team-a/api-ocp-example-com:6443/developer
</source>
        <translation>Os contextos do kubeconfig.

Uso: berthctl context list
     berthctl context use NOME

Exemplo:
  berthctl context use team-a/api-ocp-example-com:6443/developer
</translation>
    </message>
    <message>
        <source>Usage: berthctl image ls REGISTRY|PROJECT [OPTIONS]

A registry&apos;s repositories (/v2/_catalog, paged), or the image streams of a project of the current cluster.

</source>
        <translation>Uso: berthctl image ls REGISTRO|PROJETO [OPÇÕES]

Os repositórios de um registro (/v2/_catalog, paginado), ou os image streams de um projeto do cluster atual.

</translation>
    </message>
    <message>
        <source>
Example:
  berthctl image ls team-a
</source>
        <translation>
Exemplo:
  berthctl image ls team-a
</translation>
    </message>
    <message>
        <source>Usage: berthctl image tags REF [OPTIONS]

A repository&apos;s tags.

</source>
        <translation>Uso: berthctl image tags REF [OPÇÕES]

As tags de um repositório.

</translation>
    </message>
    <message>
        <source>
Example:
  berthctl image tags default-route-openshift-image-registry.apps.example.com/team-a/app
</source>
        <translation>
Exemplo:
  berthctl image tags default-route-openshift-image-registry.apps.example.com/team-a/app
</translation>
    </message>
    <message>
        <source>Usage: berthctl image inspect REF [--raw] [OPTIONS]

Digest, layers, platforms and config of an image; --raw prints the manifest as the registry serves it.

</source>
        <translation>Uso: berthctl image inspect REF [--raw] [OPÇÕES]

Digest, camadas, plataformas e configuração de uma imagem; --raw mostra o manifesto como o registro o serve.

</translation>
    </message>
    <message>
        <source>
Example:
  berthctl image inspect oci:./app:v1 -o json
</source>
        <translation>
Exemplo:
  berthctl image inspect oci:./app:v1 -o json
</translation>
    </message>
    <message>
        <source>Usage: berthctl image push oci:DIR[:NAME]|docker-archive:FILE REF [OPTIONS]

Copies a local image to a registry, every platform of an index; blobs the registry has are skipped or mounted.

</source>
        <translation>Uso: berthctl image push oci:DIR[:NOME]|docker-archive:ARQUIVO REF [OPÇÕES]

Copia uma imagem local para um registro, todas as plataformas de um índice; blobs que o registro já tem são pulados ou montados.

</translation>
    </message>
    <message>
        <source>
Example:
  berthctl image push docker-archive:app.tar REGISTRY/team-a/app:v1
</source>
        <translation>
Exemplo:
  berthctl image push docker-archive:app.tar REGISTRY/team-a/app:v1
</translation>
    </message>
    <message>
        <source>Usage: berthctl image pull REF oci:DIR[:NAME]|docker-archive:FILE [OPTIONS]

Copies an image from a registry, verified; a failed pull leaves the destination as it was.

</source>
        <translation>Uso: berthctl image pull REF oci:DIR[:NOME]|docker-archive:ARQUIVO [OPÇÕES]

Copia uma imagem de um registro, verificada; um pull que falha deixa o destino como estava.

</translation>
    </message>
    <message>
        <source>
Example:
  berthctl image pull REGISTRY/team-a/app:v1 oci:./app:v1
</source>
        <translation>
Exemplo:
  berthctl image pull REGISTRY/team-a/app:v1 oci:./app:v1
</translation>
    </message>
    <message>
        <source>Usage: berthctl image copy SRC DEST [OPTIONS]

Copies an image between registries, OCI layouts and docker-archives.

</source>
        <translation>Uso: berthctl image copy ORIGEM DESTINO [OPÇÕES]

Copia uma imagem entre registros, layouts OCI e docker-archives.

</translation>
    </message>
    <message>
        <source>
Example:
  berthctl image copy REGISTRY-A/team-a/app:v1 REGISTRY-B/mirror/app:v1
</source>
        <translation>
Exemplo:
  berthctl image copy REGISTRY-A/team-a/app:v1 REGISTRY-B/mirror/app:v1
</translation>
    </message>
    <message>
        <source>Usage: berthctl image rm REF [OPTIONS]

On OpenShift&apos;s registry, deletes the ImageStreamTag (storage returns when the pruner runs); elsewhere deletes the manifest by digest, naming the other tags that pointed to it.

</source>
        <translation>Uso: berthctl image rm REF [OPÇÕES]

No registro do OpenShift, apaga a ImageStreamTag (o espaço volta quando o pruner roda); nos outros, apaga o manifesto pelo digest, indicando as outras tags que apontavam para ele.

</translation>
    </message>
    <message>
        <source>
Example:
  berthctl image rm REGISTRY/team-a/app:old
</source>
        <translation>
Exemplo:
  berthctl image rm REGISTRY/team-a/app:old
</translation>
    </message>
    <message>
        <source>unknown image command &quot;%1&quot;</source>
        <translation>comando de imagem desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Images in a registry, an OCI layout or a docker-archive.

Usage: berthctl image SUBCOMMAND [OPTIONS]

Subcommands:
  ls REGISTRY|PROJECT   a registry&apos;s repositories, or a project&apos;s image streams
  tags REF              a repository&apos;s tags
  inspect REF [--raw]   digest, layers, platforms and config
  push SRC REF          from oci:DIR[:NAME] or docker-archive:FILE to a registry
  pull REF DEST         from a registry to oci:DIR[:NAME] or docker-archive:FILE
  copy SRC DEST         between any two of them
  rm REF                remove a tag (on OpenShift, its ImageStreamTag)

References: [docker://]HOST[:PORT]/REPO[:TAG|@DIGEST], oci:DIR[:NAME], docker-archive:FILE[:REPO:TAG].
Run &apos;berthctl image SUBCOMMAND --help&apos; for its options and an example.

Example:
  berthctl image pull REGISTRY/team-a/app:v1 docker-archive:app.tar
</source>
        <translation>Imagens em um registro, um layout OCI ou um docker-archive.

Uso: berthctl image SUBCOMANDO [OPÇÕES]

Subcomandos:
  ls REGISTRO|PROJETO   os repositórios de um registro, ou os image streams de um projeto
  tags REF              as tags de um repositório
  inspect REF [--raw]   digest, camadas, plataformas e configuração
  push ORIGEM REF       de oci:DIR[:NOME] ou docker-archive:ARQUIVO para um registro
  pull REF DESTINO      de um registro para oci:DIR[:NOME] ou docker-archive:ARQUIVO
  copy ORIGEM DESTINO   entre quaisquer dois deles
  rm REF                remove uma tag (no OpenShift, sua ImageStreamTag)

Referências: [docker://]HOST[:PORTA]/REPO[:TAG|@DIGEST], oci:DIR[:NOME], docker-archive:ARQUIVO[:REPO:TAG].
Execute &apos;berthctl image SUBCOMANDO --help&apos; para suas opções e um exemplo.

Exemplo:
  berthctl image pull REGISTRO/team-a/app:v1 docker-archive:app.tar
</translation>
    </message>
    <message>
        <source>The cluster&apos;s storage classes (the procedure&apos;s step 1).

Usage: berthctl storageclass list
       berthctl storageclass set-default NAME [--dry-run]

list shows each class with its provisioner and whether it can serve the ReadWriteMany claim the registry needs (RWX).
set-default makes NAME the one default as the OpenShift console does: NAME first, then every other default set to &quot;false&quot;.

Options:
  --dry-run   a server dry run: print the diff and the oc command, change nothing

Example:
  berthctl storageclass set-default ontap-gold --dry-run
</source>
        <translation>As storage classes do cluster (o passo 1 do procedimento).

Uso: berthctl storageclass list
     berthctl storageclass set-default NOME [--dry-run]

list mostra cada classe com o seu provisionador e se ela pode atender o claim ReadWriteMany de que o registro precisa (RWX).
set-default torna NOME a única padrão, como faz o console do OpenShift: primeiro NOME, depois cada outra padrão passa a &quot;false&quot;.

Opções:
  --dry-run   um dry run no servidor: mostra o diff e o comando oc, não altera nada

Exemplo:
  berthctl storageclass set-default ontap-gold --dry-run
</translation>
    </message>
    <message>
        <source>Grant or take back a role, as oc policy does (the procedure&apos;s step 8).

Usage: berthctl policy add-role-to-user ROLE USER [-n PROJECT] [-z SA]
       berthctl policy add-role-to-group ROLE GROUP [-n PROJECT]
       berthctl policy remove-role-from-user ROLE USER [-n PROJECT] [-z SA]
       berthctl policy remove-role-from-group ROLE GROUP [-n PROJECT]
       berthctl policy add-cluster-role-to-user|add-cluster-role-to-group ROLE NAME
       berthctl policy remove-cluster-role-from-user|remove-cluster-role-from-group ROLE NAME

Roles of the registry: registry-viewer pulls, registry-editor pulls and pushes, registry-admin also manages access; system:image-puller and system:image-pusher are for service accounts.
A subject that already has the role is left alone; a binding left with no subject is deleted.

Options:
  -z, --serviceaccount SA   a service account of the project
  --dry-run                 a server dry run: print the diff and the oc command, change nothing

Example:
  berthctl policy add-role-to-group registry-editor ocp-user-group -n team-a
</source>
        <translation>Concede ou retira um papel, como faz o oc policy (o passo 8 do procedimento).

Uso: berthctl policy add-role-to-user PAPEL USUÁRIO [-n PROJETO] [-z SA]
     berthctl policy add-role-to-group PAPEL GRUPO [-n PROJETO]
     berthctl policy remove-role-from-user PAPEL USUÁRIO [-n PROJETO] [-z SA]
     berthctl policy remove-role-from-group PAPEL GRUPO [-n PROJETO]
     berthctl policy add-cluster-role-to-user|add-cluster-role-to-group PAPEL NOME
     berthctl policy remove-cluster-role-from-user|remove-cluster-role-from-group PAPEL NOME

Papéis do registro: registry-viewer baixa, registry-editor baixa e envia, registry-admin também gerencia o acesso; system:image-puller e system:image-pusher são para service accounts.
Quem já tem o papel fica como está; um binding que fica sem nenhum subject é apagado.

Opções:
  -z, --serviceaccount SA   uma service account do projeto
  --dry-run                 um dry run no servidor: mostra o diff e o comando oc, não altera nada

Exemplo:
  berthctl policy add-role-to-group registry-editor ocp-user-group -n team-a
</translation>
    </message>
    <message>
        <source>Image pull secrets (the procedure&apos;s step 9), as oc makes them.

Usage: berthctl secret create-pull NAME --server HOST[:PORT] (--username USER --password PASSWORD | --from-token) [--email EMAIL] [-n PROJECT] [--dry-run]
       berthctl secret link SERVICEACCOUNT NAME --for=pull [-n PROJECT] [--dry-run]

create-pull makes a kubernetes.io/dockerconfigjson secret as oc create secret docker-registry does; --from-token puts your user and the login&apos;s token in it, for the cluster&apos;s own registry only.
link adds the secret to the service account&apos;s imagePullSecrets as oc secrets link --for=pull does, so that its pods pull with it; nothing is sent when it is there already.

Example:
  berthctl secret create-pull registry-pull --server default-route-openshift-image-registry.apps.ocp.example.com --from-token -n team-a
  berthctl secret link default registry-pull --for=pull -n team-a
</source>
        <translation>Pull secrets de imagens (o passo 9 do procedimento), como o oc os cria.

Uso: berthctl secret create-pull NOME --server HOST[:PORTA] (--username USUÁRIO --password SENHA | --from-token) [--email EMAIL] [-n PROJETO] [--dry-run]
       berthctl secret link SERVICEACCOUNT NOME --for=pull [-n PROJETO] [--dry-run]

create-pull cria um secret kubernetes.io/dockerconfigjson como o oc create secret docker-registry; --from-token coloca nele o seu usuário e o token do login, só para o registro do próprio cluster.
link adiciona o secret aos imagePullSecrets da service account como o oc secrets link --for=pull, para que os pods dela baixem com ele; nada é enviado quando ele já está lá.

Exemplo:
  berthctl secret create-pull registry-pull --server default-route-openshift-image-registry.apps.ocp.example.com --from-token -n team-a
  berthctl secret link default registry-pull --for=pull -n team-a
</translation>
    </message>
    <message>
        <source>The registry&apos;s certificate authority, and who trusts it (the procedure&apos;s steps 6, 7 and 10).

Usage: berthctl trust fetch-ca [--source SOURCE] [--host HOST[:PORT]] [-o FILE [--confirm]]
       berthctl trust cluster --host HOST[:PORT] [--configmap NAME] [--ca-file FILE | --source SOURCE] [--replace] [--dry-run]
       berthctl trust export --host HOST[:PORT] [--docker] [--podman] [--rootless] [--root DIR] [--replace] [--ca-file FILE | --source SOURCE] [--image PROJECT/STREAM:TAG] [--skip-check] [--dry-run]
       berthctl trust status [--host HOST[:PORT] [--image PROJECT/STREAM:TAG] [--skip-check]]

fetch-ca reads each source of the CA, checks which one verifies the certificate the registry&apos;s route presents, says so on stderr and prints the recommended one (or SOURCE) as PEM, or writes it to FILE (an existing FILE only with --confirm). Sources: router-ca (secret/router-ca in openshift-ingress-operator, the procedure&apos;s), default-ingress-cert (configmap/default-ingress-cert in openshift-config-managed), presented (the chain the route sends).
cluster adds the CA to a ConfigMap in openshift-config under the key host..port (no port for 443), keeping its other keys, and points image.config.openshift.io/cluster spec.additionalTrustedCA at it, as oc create configmap and oc patch do; when images.config already names a ConfigMap, the key goes there. The nodes then pull from the registry with TLS verified.
export writes the CA as certs.d/HOST[:PORT]/ca.crt where Docker (/etc/docker/certs.d), Podman and skopeo (/etc/containers/certs.d) or rootless Podman (~/.config/containers/certs.d) read it, so that they verify the registry with nothing turned off. No symlink is followed; a ca.crt holding another CA is kept unless --replace (then it stays beside the new one). As a user, system paths are written through pkexec, after showing the command. Then the skopeo and podman installed here are run against the host, as registry login does (not with --root).
status shows the hosts the nodes trust and, with --host, whether that CA verifies what the host presents, what each certs.d holds, whether the saved login works, and what skopeo and podman say of the host.

Options:
  --host HOST[:PORT]  the registry&apos;s route (default: the first registry host that answers)
  --source SOURCE     router-ca, default-ingress-cert or presented (never chosen for you)
  --fingerprint SHA256  with --source presented: the fingerprint you got another way
  --configmap NAME    the ConfigMap (default: the one images.config names, else registry-cas)
  --ca-file FILE      the CA to trust, PEM or DER
  --docker, --podman, --rootless  the certs.d to write
  --root DIR          write the system paths under DIR (tests, images)
  --replace           replace a CA another one is kept for (a ca.crt, a ConfigMap key)
  --image PROJECT/STREAM:TAG  what skopeo inspect reads (default: the newest tag of the project)
  --skip-check        do not run skopeo and podman
  --dry-run           cluster: a server dry run, printing the diff and the oc command; export: what would be written; nothing is changed

Example:
  berthctl trust cluster --host default-route-openshift-image-registry.apps.ocp.example.com --configmap registry-cas --dry-run
</source>
        <translation>A autoridade certificadora do registro, e quem confia nela (os passos 6, 7 e 10 do procedimento).

Uso: berthctl trust fetch-ca [--source FONTE] [--host HOST[:PORTA]] [-o ARQUIVO [--confirm]]
       berthctl trust cluster --host HOST[:PORTA] [--configmap NOME] [--ca-file ARQUIVO | --source FONTE] [--replace] [--dry-run]
       berthctl trust export --host HOST[:PORTA] [--docker] [--podman] [--rootless] [--root DIR] [--replace] [--ca-file ARQUIVO | --source FONTE] [--image PROJETO/STREAM:TAG] [--skip-check] [--dry-run]
       berthctl trust status [--host HOST[:PORTA] [--image PROJETO/STREAM:TAG] [--skip-check]]

fetch-ca lê cada fonte da CA, confere qual delas verifica o certificado que a rota do registro apresenta, diz isso no stderr e mostra a recomendada (ou FONTE) em PEM, ou a grava em ARQUIVO (um ARQUIVO existente só com --confirm). Fontes: router-ca (secret/router-ca em openshift-ingress-operator, a do procedimento), default-ingress-cert (configmap/default-ingress-cert em openshift-config-managed), presented (a cadeia que a rota envia).
cluster adiciona a CA a um ConfigMap em openshift-config na chave host..porta (sem porta para 443), mantendo as outras chaves, e aponta spec.additionalTrustedCA de image.config.openshift.io/cluster para ele, como fazem oc create configmap e oc patch; quando o images.config já indica um ConfigMap, a chave vai para ele. Os nós passam então a baixar do registro com TLS verificado.
export grava a CA como certs.d/HOST[:PORTA]/ca.crt onde o Docker (/etc/docker/certs.d), o Podman e o skopeo (/etc/containers/certs.d) ou o Podman rootless (~/.config/containers/certs.d) a leem, para que verifiquem o registro sem desligar nada. Nenhum symlink é seguido; um ca.crt com outra CA é mantido, a não ser com --replace (então ele fica ao lado do novo). Como usuário, os caminhos do sistema são gravados pelo pkexec, depois de mostrar o comando. Depois o skopeo e o podman instalados aqui são rodados contra o host, como faz o registry login (não com --root).
status mostra os hosts em que os nós confiam e, com --host, se essa CA verifica o que o host apresenta, o que cada certs.d contém, se o login salvo funciona e o que o skopeo e o podman dizem do host.

Opções:
  --host HOST[:PORTA] a rota do registro (padrão: o primeiro host do registro que responder)
  --source FONTE      router-ca, default-ingress-cert ou presented (nunca escolhida por você)
  --fingerprint SHA256  com --source presented: a impressão digital obtida por outro meio
  --configmap NOME    o ConfigMap (padrão: o que o images.config indica, senão registry-cas)
  --ca-file ARQUIVO   a CA em que confiar, PEM ou DER
  --docker, --podman, --rootless  os certs.d a gravar
  --root DIR          grava os caminhos do sistema dentro de DIR (testes, imagens)
  --replace           substitui uma CA que seria mantida (um ca.crt, uma chave de ConfigMap)
  --image PROJETO/STREAM:TAG  o que o skopeo inspect lê (padrão: a tag mais nova do projeto)
  --skip-check        não roda o skopeo e o podman
  --dry-run           cluster: um dry run no servidor, mostrando o diff e o comando oc; export: o que seria gravado; nada é alterado

Exemplo:
  berthctl trust cluster --host default-route-openshift-image-registry.apps.ocp.example.com --configmap registry-cas --dry-run
</translation>
    </message>
    <message>
        <source>Get a new token (in the web console: your name &gt; Copy login command) and log in again: berthctl login --server %1 --token TOKEN</source>
        <translation>Obtenha um novo token (no console web: seu nome &gt; Copy login command) e entre de novo: berthctl login --server %1 --token TOKEN</translation>
    </message>
    <message>
        <source>The registry operator&apos;s config, configs.imageregistry.operator.openshift.io/cluster (the procedure&apos;s steps 2 to 4).

Usage: berthctl registry show
       berthctl registry status [--watch]
       berthctl registry set [OPTIONS] [--dry-run]
       berthctl registry login [--registry HOST[:PORT]] [--authfile FILE] [--docker] [--image PROJECT/STREAM:TAG] [--skip-check] [--dry-run]

status says whether the registry is Available and, when it is not, why and what to do: the operator&apos;s conditions, the claim (and why it is Pending), the deployment, pods, service, routes and hostnames. --watch prints a line at each change until Ctrl+C.
login saves the login&apos;s user and token for the cluster&apos;s registry (the first of its hosts that answers, or --registry, which must be one of them) as oc registry login does: in containers auth.json ($REGISTRY_AUTH_FILE, else $XDG_RUNTIME_DIR/containers/auth.json, or --authfile) and, with --docker, in ~/.docker/config.json, through their credential helper when one is set, keeping everything else they hold; then checks it on the registry, and runs the skopeo and podman installed here as you would (login --get-login, and skopeo inspect of --image or of the project&apos;s newest tag) with no TLS or credential flags, and prints what they said. --skip-check skips both; --dry-run prints the files it would write.

Options of set (a merge patch, as oc edit sends; the operator&apos;s rules are checked first):
  --pvc-claim NAME            storage on claim NAME; empty: the operator creates image-registry-storage
  --emptydir                  emptyDir storage (lost when the pod restarts)
  --default-route=true|false  the default route
  --route NAME=HOST[,SECRET]  a route, added or changed where it stands (a host outside the ingress domain needs a TLS secret)
  --remove-route NAME         remove a route
  --management-state STATE    Managed, Removed or Unmanaged
  --replicas N                pods (a ReadWriteOnce claim allows one)
  --rollout-strategy S        RollingUpdate or Recreate
  --read-only=true|false      refuse pushes
  --log-level LEVEL           Normal, Debug, Trace or TraceAll
  --dry-run                   a server dry run: print the diff and the oc command, change nothing

Example:
  berthctl registry set --pvc-claim &quot;&quot; --default-route=true --management-state Managed
</source>
        <translation>A configuração do operador do registro, configs.imageregistry.operator.openshift.io/cluster (os passos 2 a 4 do procedimento).

Uso: berthctl registry show
     berthctl registry status [--watch]
     berthctl registry set [OPÇÕES] [--dry-run]
     berthctl registry login [--registry HOST[:PORTA]] [--authfile ARQUIVO] [--docker] [--image PROJETO/STREAM:TAG] [--skip-check] [--dry-run]

status diz se o registro está Available e, quando não está, por quê e o que fazer: as condições do operador, o claim (e por que está Pending), o deployment, os pods, o service, as rotas e os hostnames. --watch imprime uma linha a cada mudança até Ctrl+C.
login salva o usuário e o token do login para o registro do cluster (o primeiro dos hosts dele que responder, ou --registry, que precisa ser um deles) como faz o oc registry login: no auth.json do containers ($REGISTRY_AUTH_FILE, senão $XDG_RUNTIME_DIR/containers/auth.json, ou --authfile) e, com --docker, no ~/.docker/config.json, pelo credential helper deles quando houver um, mantendo tudo o mais que eles guardam; depois o confere no registro e roda o skopeo e o podman instalados aqui como você rodaria (login --get-login, e skopeo inspect de --image ou da tag mais nova do projeto), sem opções de TLS ou de credenciais, e mostra o que disseram. --skip-check pula os dois; --dry-run mostra os arquivos que gravaria.

Opções de set (um merge patch, como o oc edit envia; as regras do operador são verificadas antes):
  --pvc-claim NOME            armazenamento no claim NOME; vazio: o operador cria image-registry-storage
  --emptydir                  armazenamento emptyDir (perdido quando o pod reinicia)
  --default-route=true|false  a rota padrão
  --route NOME=HOST[,SECRET]  uma rota, acrescentada ou alterada onde está (um host fora do domínio de ingress precisa de um secret TLS)
  --remove-route NOME         remove uma rota
  --management-state ESTADO   Managed, Removed ou Unmanaged
  --replicas N                pods (um claim ReadWriteOnce permite um)
  --rollout-strategy E        RollingUpdate ou Recreate
  --read-only=true|false      recusa envios
  --log-level NÍVEL           Normal, Debug, Trace ou TraceAll
  --dry-run                   um dry run no servidor: mostra o diff e o comando oc, não altera nada

Exemplo:
  berthctl registry set --pvc-claim &quot;&quot; --default-route=true --management-state Managed
</translation>
    </message>
    <message>
        <source>berthctl: the OpenShift internal image registry from the command line.

Usage: berthctl [GLOBAL OPTIONS] COMMAND [SUBCOMMAND] [OPTIONS]

Commands:
  login      log in with an OpenShift token (as oc login --token)
  whoami     the user of the current context
  context    list the kubeconfig contexts, or switch to one
  storageclass  list the storage classes, or make one the default
  registry   the registry operator&apos;s config: storage, routes, state
  policy     grant or take back a role (as oc policy)
  trust      the registry&apos;s CA: fetch it, make the cluster and this workstation trust it
  secret     pull secrets, and the service accounts that use them
  image      list, inspect, push, pull, copy and remove images
  history    the changes Berth applied to the cluster, oldest first
  revert     undo the last command&apos;s changes
  help       this text, or the help of a command

Global options:
  --kubeconfig FILE       the kubeconfig (default: $KUBECONFIG, then ~/.kube/config)
  --context NAME          the kubeconfig context to use
  -n, --namespace NS      the project
  -o, --output FORMAT     table (default), json or yaml
  -v, --verbose           print the oc command of each change made
  -h, --help              this help
  --version               the versions of berthctl, Qt and OpenSSL

Exit codes: 0 success, 1 error (one message on stderr), 2 usage error.
Run &apos;berthctl COMMAND --help&apos; for the options of a command and an example.
</source>
        <translation>berthctl: o registro interno de imagens do OpenShift pela linha de comando.

Uso: berthctl [OPÇÕES GLOBAIS] COMANDO [SUBCOMANDO] [OPÇÕES]

Comandos:
  login      faz login com um token do OpenShift (como oc login --token)
  whoami     o usuário do contexto atual
  context    lista os contextos do kubeconfig, ou muda para um deles
  storageclass  lista as storage classes, ou torna uma delas a padrão
  registry   a configuração do operador do registro: armazenamento, rotas, estado
  policy     concede ou retira um papel (como oc policy)
  trust      a CA do registro: obtém-na e faz o cluster e esta estação confiarem nela
  secret     pull secrets, e as service accounts que os usam
  image      lista, inspeciona, envia, baixa, copia e remove imagens
  history    as alterações que o Berth aplicou ao cluster, da mais antiga à mais nova
  revert     desfaz as alterações do último comando
  help       este texto, ou a ajuda de um comando

Opções globais:
  --kubeconfig ARQUIVO    o kubeconfig (padrão: $KUBECONFIG, depois ~/.kube/config)
  --context NOME          o contexto do kubeconfig a usar
  -n, --namespace NS      o projeto
  -o, --output FORMATO    table (padrão), json ou yaml
  -v, --verbose           mostra o comando oc de cada alteração feita
  -h, --help              esta ajuda
  --version               as versões do berthctl, do Qt e do OpenSSL

Códigos de saída: 0 sucesso, 1 erro (uma mensagem no stderr), 2 erro de uso.
Execute &apos;berthctl COMANDO --help&apos; para as opções de um comando e um exemplo.
</translation>
    </message>
    <message>
        <source>The changes Berth applied to the cluster of the context (from the window or berthctl, on this workstation), and the undo of the last one.

Usage: berthctl history [-o json|yaml]
       berthctl history forget
       berthctl revert [--dry-run] [-v]

history lists them, oldest first. revert undoes the last command&apos;s changes together (both patches of set-default), as the window&apos;s Revert Last Change does: each object goes back as that change found it, and the changes leave the history. It is refused, with what was changed, when someone changed an object since; history forget then drops the last command&apos;s changes from the history, leaving the cluster as it is. Secrets are never kept (a Secret&apos;s data, the registry&apos;s httpSecret, a proxy password), so a change that set or removed one cannot be reverted. The history is kept in $XDG_STATE_HOME/berth/history (~/.local/state), readable by you only.

Example:
  berthctl storageclass set-default ontap-gold
  berthctl history
  berthctl revert --dry-run
</source>
        <translation>As alterações que o Berth aplicou ao cluster do contexto (pela janela ou pelo berthctl, nesta estação), e como desfazer a última.

Uso: berthctl history [-o json|yaml]
       berthctl history forget
       berthctl revert [--dry-run] [-v]

history as lista, da mais antiga à mais nova. revert desfaz juntas as alterações do último comando (os dois patches do set-default), como faz o Reverter a última alteração da janela: cada objeto volta a ser como aquela alteração o encontrou, e as alterações saem do histórico. É recusado, mostrando o que mudou, quando alguém alterou um objeto desde então; history forget então tira do histórico as alterações do último comando, deixando o cluster como está. Segredos nunca são guardados (os dados de um Secret, o httpSecret do registro, a senha de um proxy), então uma alteração que definiu ou removeu um deles não pode ser revertida. O histórico fica em $XDG_STATE_HOME/berth/history (~/.local/state), legível só por você.

Exemplo:
  berthctl storageclass set-default ontap-gold
  berthctl history
  berthctl revert --dry-run
</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nenhuma alteração.</translation>
    </message>
    <message>
        <source>%1 (cannot be reverted)</source>
        <translation>%1 (não pode ser revertida)</translation>
    </message>
    <message>
        <source>Reverted: %1</source>
        <translation>Revertido: %1</translation>
    </message>
    <message>
        <source>When it can never be reverted (someone, or the operator, has since written into what it changed), berthctl history forget drops it from the history and lets the older changes be reverted.</source>
        <translation>Quando ela nunca puder ser revertida (alguém, ou o operador, escreveu desde então no que ela alterou), berthctl history forget a tira do histórico e deixa reverter as alterações mais antigas.</translation>
    </message>
    <message>
        <source>Forgotten (left as it is on the cluster): %1</source>
        <translation>Esquecida (deixada como está no cluster): %1</translation>
    </message>
</context>
<context>
    <name>ImageCommand</name>
    <message>
        <source>--%1tls-verify takes true or false</source>
        <translation>--%1tls-verify aceita true ou false</translation>
    </message>
    <message>
        <source>--%1creds takes USER:PASSWORD</source>
        <translation>--%1creds aceita USUÁRIO:SENHA</translation>
    </message>
    <message>
        <source>image needs ls, tags, inspect, push, pull, copy or rm</source>
        <translation>image requer ls, tags, inspect, push, pull, copy ou rm</translation>
    </message>
    <message>
        <source>unknown image command &quot;%1&quot;</source>
        <translation>comando image desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host</source>
        <translation>&quot;%1&quot; não é um host de registro</translation>
    </message>
    <message>
        <source>image tags needs one image reference</source>
        <translation>image tags requer uma referência de imagem</translation>
    </message>
    <message>
        <source>image inspect needs one image reference</source>
        <translation>image inspect requer uma referência de imagem</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 16</source>
        <translation>--jobs aceita um número de 1 a 16</translation>
    </message>
    <message>
        <source>image %1 needs SOURCE and DESTINATION</source>
        <translation>image %1 requer ORIGEM e DESTINO</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 blob(s) copied (%4), %5 already there, %6 mounted.</source>
        <translation>%1 copiado para %2: %3 blob(s) copiado(s) (%4), %5 já presente(s), %6 montado(s).</translation>
    </message>
    <message>
        <source>image rm needs one image reference</source>
        <translation>image rm requer uma referência de imagem</translation>
    </message>
    <message>
        <source>Deleted %1 (tags: %2). The registry reclaims the space when it collects garbage.</source>
        <translation>%1 excluído (tags: %2). O registro recupera o espaço quando faz a coleta de lixo.</translation>
    </message>
    <message>
        <source>If this is your cluster&apos;s registry, pass --registry-token &quot;$(berthctl whoami -t)&quot; (Berth uses the login&apos;s token by itself only where it can read the cluster&apos;s registry hostnames).</source>
        <translation>Se este é o registro do seu cluster, passe --registry-token &quot;$(berthctl whoami -t)&quot; (o Berth usa o token do login por conta própria apenas onde consegue ler os nomes de host do registro do cluster).</translation>
    </message>
    <message>
        <source>image ls needs one registry (HOST[:PORT]) or project</source>
        <translation>image ls requer um registro (HOST[:PORTA]) ou um projeto</translation>
    </message>
    <message>
        <source>image push copies from oci:DIR[:NAME] or docker-archive:FILE to a registry reference</source>
        <translation>image push copia de oci:DIR[:NOME] ou docker-archive:ARQUIVO para uma referência de registro</translation>
    </message>
    <message>
        <source>image pull copies from a registry reference to oci:DIR[:NAME] or docker-archive:FILE</source>
        <translation>image pull copia de uma referência de registro para oci:DIR[:NOME] ou docker-archive:ARQUIVO</translation>
    </message>
    <message>
        <source>on OpenShift, name the tag to remove (PROJECT/NAME:TAG)</source>
        <translation>no OpenShift, indique a tag a remover (PROJETO/NOME:TAG)</translation>
    </message>
    <message numerus="yes">
        <source>%n uncompressed layer(s) sent gzip-compressed.</source>
        <translation>
            <numerusform>%n camada não comprimida enviada comprimida com gzip.</numerusform>
            <numerusform>%n camadas não comprimidas enviadas comprimidas com gzip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; %1 is as it was.</source>
        <translation>Interrompido; %1 está como estava.</translation>
    </message>
    <message>
        <source>Interrupted; no tag was written at %1 (blobs already sent stay in the registry until its garbage collection).</source>
        <translation>Interrompido; nenhuma tag foi gravada em %1 (os blobs já enviados ficam no registro até a coleta de lixo dele).</translation>
    </message>
    <message>
        <source>Untagged %1/%2:%3 (ImageStreamTag deleted).</source>
        <translation>Tag %1/%2:%3 removida (ImageStreamTag excluída).</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>Not applied: %1. Run the command again to review and apply them.</source>
        <translation>Não aplicadas: %1. Execute o comando de novo para revisá-las e aplicá-las.</translation>
    </message>
    <message>
        <source>Stopped. Not applied: %1.</source>
        <translation>Interrompido. Não aplicadas: %1.</translation>
    </message>
    <message>
        <source>--dry-run takes server or none</source>
        <translation>--dry-run aceita server ou none</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>policy needs add-role-to-user, add-role-to-group, remove-role-from-user or remove-role-from-group</source>
        <translation>policy precisa de add-role-to-user, add-role-to-group, remove-role-from-user ou remove-role-from-group</translation>
    </message>
    <message>
        <source>unknown policy command &quot;%1&quot;</source>
        <translation>comando de policy desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opção desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-z names a service account, not a group</source>
        <translation>-z nomeia uma service account, não um grupo</translation>
    </message>
    <message>
        <source>%1 needs ROLE and NAME (or ROLE -z SERVICEACCOUNT)</source>
        <translation>%1 precisa de PAPEL e NOME (ou PAPEL -z SERVICEACCOUNT)</translation>
    </message>
    <message>
        <source>%1 is cluster-wide; it takes no -n</source>
        <translation>%1 vale para todo o cluster; não aceita -n</translation>
    </message>
</context>
<context>
    <name>RegistryCommand</name>
    <message>
        <source>unknown registry command &quot;%1&quot;</source>
        <translation>comando de registry desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>emptyDir (lost when the pod restarts)</source>
        <translation>emptyDir (perdido quando o pod reinicia)</translation>
    </message>
    <message>
        <source>pvc (image-registry-storage, made by the operator)</source>
        <translation>pvc (image-registry-storage, criado pelo operador)</translation>
    </message>
    <message>
        <source>pvc (%1)</source>
        <translation>pvc (%1)</translation>
    </message>
    <message>
        <source>Management state:</source>
        <translation>Estado de gerenciamento:</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Armazenamento:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Réplicas:</translation>
    </message>
    <message>
        <source>Rollout strategy:</source>
        <translation>Estratégia de rollout:</translation>
    </message>
    <message>
        <source>Default route:</source>
        <translation>Rota padrão:</translation>
    </message>
    <message>
        <source>Routes:</source>
        <translation>Rotas:</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>Somente leitura:</translation>
    </message>
    <message>
        <source>Log level:</source>
        <translation>Nível de log:</translation>
    </message>
    <message>
        <source>--default-route takes true or false</source>
        <translation>--default-route aceita true ou false</translation>
    </message>
    <message>
        <source>--read-only takes true or false</source>
        <translation>--read-only aceita true ou false</translation>
    </message>
    <message>
        <source>--replicas takes a number</source>
        <translation>--replicas aceita um número</translation>
    </message>
    <message>
        <source>The registry&apos;s config already says that; nothing to change.</source>
        <translation>A configuração do registro já diz isso; nada a alterar.</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>O que fazer:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Claim:</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Deployment:</translation>
    </message>
    <message>
        <source>Pods:</source>
        <translation>Pods:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Internal hostname:</source>
        <translation>Hostname interno:</translation>
    </message>
    <message>
        <source>External hostnames:</source>
        <translation>Hostnames externos:</translation>
    </message>
    <message>
        <source>ClusterOperator:</source>
        <translation>ClusterOperator:</translation>
    </message>
    <message>
        <source>Not readable:</source>
        <translation>Não legível:</translation>
    </message>
    <message>
        <source>registry needs show, status, set or login</source>
        <translation>registry precisa de show, status, set ou login</translation>
    </message>
    <message>
        <source>the cluster&apos;s registry</source>
        <translation>o registro do cluster</translation>
    </message>
    <message>
        <source>Saved the login of %1 for %2 in %3</source>
        <translation>Login de %1 para %2 salvo em %3</translation>
    </message>
    <message>
        <source>Saved the login of %1 for %2 through docker-credential-%3 (named by %4)</source>
        <translation>Login de %1 para %2 salvo pelo docker-credential-%3 (indicado em %4)</translation>
    </message>
    <message>
        <source>warning: %1 is not trusted on this workstation yet (%2); run berthctl trust export --host %1 --rootless (or --podman, --docker)</source>
        <translation>aviso: esta estação ainda não confia em %1 (%2); execute berthctl trust export --host %1 --rootless (ou --podman, --docker)</translation>
    </message>
    <message>
        <source>Login Succeeded!</source>
        <translation>Login realizado com sucesso!</translation>
    </message>
    <message>
        <source>Dry run: the login of this session would be saved for %1 in:</source>
        <translation>Dry run: o login desta sessão seria salvo para %1 em:</translation>
    </message>
    <message>
        <source>The login was saved in %1 before that.</source>
        <translation>O login foi salvo em %1 antes disso.</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>secret needs create-pull or link</source>
        <translation>secret precisa de create-pull ou link</translation>
    </message>
    <message>
        <source>unknown secret command &quot;%1&quot;</source>
        <translation>comando secret desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opção desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>create-pull needs NAME</source>
        <translation>create-pull precisa de NOME</translation>
    </message>
    <message>
        <source>create-pull needs --server HOST[:PORT]</source>
        <translation>create-pull precisa de --server HOST[:PORTA]</translation>
    </message>
    <message>
        <source>give --username and --password, or --from-token</source>
        <translation>informe --username e --password, ou --from-token</translation>
    </message>
    <message>
        <source>Pods use it with:</source>
        <translation>Os pods o usam com:</translation>
    </message>
    <message>
        <source>or through their service account: berthctl secret link SA %1 --for=pull</source>
        <translation>ou pela service account deles: berthctl secret link SA %1 --for=pull</translation>
    </message>
    <message>
        <source>link needs SERVICEACCOUNT and SECRET</source>
        <translation>link precisa de SERVICEACCOUNT e SECRET</translation>
    </message>
    <message>
        <source>link takes --for=pull (pods pull with the secret)</source>
        <translation>link aceita --for=pull (os pods baixam com o secret)</translation>
    </message>
    <message>
        <source>serviceaccount/%1 already pulls with %2; nothing to change</source>
        <translation>serviceaccount/%1 já baixa com %2; nada a mudar</translation>
    </message>
    <message>
        <source>warning: the secret holds your own token: whoever may read secrets in %1 can act as you on the API, and pods stop pulling when your login expires. For pods, a service account&apos;s token is safer.</source>
        <translation>aviso: o secret guarda o seu próprio token: quem puder ler secrets em %1 age como você na API, e os pods deixam de baixar quando o seu login expirar. Para pods, o token de uma service account é mais seguro.</translation>
    </message>
</context>
<context>
    <name>StorageClassCommand</name>
    <message>
        <source>yes</source>
        <comment>RWX column</comment>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <comment>RWX column</comment>
        <translation>não</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>RWX column</comment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>storageclass needs list or set-default NAME</source>
        <translation>storageclass precisa de list ou set-default NOME</translation>
    </message>
    <message>
        <source>unknown storageclass command &quot;%1&quot;</source>
        <translation>comando de storageclass desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 are all marked default: a claim that names no class gets any one of them. Keep one: berthctl storageclass set-default NAME</source>
        <translation>%1 estão todas marcadas como padrão: um claim que não nomeia classe recebe qualquer uma delas. Mantenha uma: berthctl storageclass set-default NOME</translation>
    </message>
    <message>
        <source>storageclass set-default needs one storage class name</source>
        <translation>storageclass set-default precisa do nome de uma storage class</translation>
    </message>
    <message>
        <source>storageclass.storage.k8s.io/%1 is already the only default; nothing to change.</source>
        <translation>storageclass.storage.k8s.io/%1 já é a única padrão; nada a alterar.</translation>
    </message>
    <message>
        <source>berthctl storageclass list shows them.</source>
        <translation>berthctl storageclass list mostra as existentes.</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>unknown trust command &quot;%1&quot;</source>
        <translation>comando trust desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lida: %1</translation>
    </message>
    <message>
        <source>nothing presented: %1</source>
        <translation>nada apresentado: %1</translation>
    </message>
    <message>
        <source>verifies %1</source>
        <translation>verifica %1</translation>
    </message>
    <message>
        <source>does not verify %1: %2</source>
        <translation>não verifica %1: %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--source takes router-ca, default-ingress-cert or presented</source>
        <translation>--source aceita router-ca, default-ingress-cert ou presented</translation>
    </message>
    <message>
        <source>%1 exists; add --confirm to replace it</source>
        <translation>%1 já existe; acrescente --confirm para substituí-lo</translation>
    </message>
    <message>
        <source>%1 written from %2 (SHA-256 %3)</source>
        <translation>%1 gravado a partir de %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>trust cluster needs --host HOST[:PORT]</source>
        <translation>trust cluster precisa de --host HOST[:PORTA]</translation>
    </message>
    <message>
        <source>give --ca-file or --source, not both</source>
        <translation>informe --ca-file ou --source, não os dois</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The nodes trust no additional CA (images.config has no additionalTrustedCA).</source>
        <translation>Os nós não confiam em nenhuma CA adicional (o images.config não tem additionalTrustedCA).</translation>
    </message>
    <message>
        <source>images.config names ConfigMap %1 in openshift-config, which does not exist.</source>
        <translation>o images.config indica o ConfigMap %1 em openshift-config, que não existe.</translation>
    </message>
    <message>
        <source>The nodes trust the CAs of ConfigMap %1 in openshift-config:</source>
        <translation>Os nós confiam nas CAs do ConfigMap %1 em openshift-config:</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRA</translation>
    </message>
    <message>
        <source>(not a certificate)</source>
        <translation>(não é um certificado)</translation>
    </message>
    <message>
        <source>The cluster does not trust a CA for %1.</source>
        <translation>O cluster não confia em nenhuma CA para %1.</translation>
    </message>
    <message>
        <source>The CA the cluster trusts for %1 verifies the certificate it presents.</source>
        <translation>A CA em que o cluster confia para %1 verifica o certificado que ele apresenta.</translation>
    </message>
    <message>
        <source>The CA the cluster trusts for %1 does not verify it: %2</source>
        <translation>A CA em que o cluster confia para %1 não o verifica: %2</translation>
    </message>
    <message>
        <source>trust needs fetch-ca, cluster, export or status</source>
        <translation>trust precisa de fetch-ca, cluster, export ou status</translation>
    </message>
    <message>
        <source>WORKSTATION</source>
        <translation>ESTAÇÃO</translation>
    </message>
    <message>
        <source>CA FILE</source>
        <translation>ARQUIVO DA CA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>holds the recommended CA</source>
        <translation>tem a CA recomendada</translation>
    </message>
    <message>
        <source>holds another CA</source>
        <translation>tem outra CA</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegível: %1</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <source>Login: none saved for %1 (berthctl registry login)</source>
        <translation>Login: nenhum salvo para %1 (berthctl registry login)</translation>
    </message>
    <message>
        <source>Login: saved, but %1 refuses it: %2</source>
        <translation>Login: salvo, mas %1 o recusa: %2</translation>
    </message>
    <message>
        <source>Login: saved, and %1 takes it</source>
        <translation>Login: salvo, e %1 o aceita</translation>
    </message>
    <message>
        <source>%1: %2 already holds this CA</source>
        <translation>%1: %2 já tem esta CA</translation>
    </message>
    <message>
        <source>%1: %2 replaced; the CA it held is kept as %3</source>
        <translation>%1: %2 substituído; a CA que ele tinha fica em %3</translation>
    </message>
    <message>
        <source>%1: %2 written</source>
        <translation>%1: %2 gravado</translation>
    </message>
    <message>
        <source>trust export needs --host HOST[:PORT]</source>
        <translation>trust export precisa de --host HOST[:PORTA]</translation>
    </message>
    <message>
        <source>name where: --docker, --podman and/or --rootless</source>
        <translation>indique onde: --docker, --podman e/ou --rootless</translation>
    </message>
    <message>
        <source>--root takes an absolute directory</source>
        <translation>--root aceita um diretório absoluto</translation>
    </message>
    <message>
        <source>Running, with the CA on its standard input: %1</source>
        <translation>Executando, com a CA na entrada padrão: %1</translation>
    </message>
    <message>
        <source>cannot read the standard input</source>
        <translation>não foi possível ler a entrada padrão</translation>
    </message>
    <message>
        <source>Add --replace to replace it.</source>
        <translation>Acrescente --replace para substituí-la.</translation>
    </message>
    <message>
        <source>no cluster is open</source>
        <translation>nenhum cluster está aberto</translation>
    </message>
    <message>
        <source>Neither skopeo nor podman is installed here: nothing to check with.</source>
        <translation>Nem o skopeo nem o podman estão instalados aqui: nada com que conferir.</translation>
    </message>
    <message>
        <source>Checked with the clients installed here, with no TLS or credential flags:</source>
        <translation>Conferido com os clientes instalados aqui, sem opções de TLS ou de credenciais:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>No image was read (%1); name one with --image PROJECT/STREAM:TAG.</source>
        <translation>Nenhuma imagem foi lida (%1); indique uma com --image PROJETO/STREAM:TAG.</translation>
    </message>
    <message>
        <source>Dry run: nothing is written.</source>
        <translation>Dry run: nada é gravado.</translation>
    </message>
    <message>
        <source> (as root, through pkexec)</source>
        <translation> (como root, pelo pkexec)</translation>
    </message>
    <message>
        <source>%1: %2 would be written%3</source>
        <translation>%1: %2 seria gravado%3</translation>
    </message>
    <message>
        <source>%1: %2 would be replaced%3; the CA it holds would be kept beside it</source>
        <translation>%1: %2 seria substituído%3; a CA que ele contém seria mantida ao lado</translation>
    </message>
    <message>
        <source>%1: %2 holds another CA, which is kept; add --replace to replace it</source>
        <translation>%1: %2 contém outra CA, que é mantida; acrescente --replace para substituí-la</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: %2 não pode ser lido: %3</translation>
    </message>
    <message>
        <source>install-ca needs --store docker|podman|rootless (one or more) and --host HOST[:PORT], and reads the CA on its standard input</source>
        <translation>install-ca precisa de --store docker|podman|rootless (um ou mais) e --host HOST[:PORTA], e lê a CA da entrada padrão</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for the OpenShift internal image registry.</source>
        <translation>Console para o registro interno de imagens do OpenShift.</translation>
    </message>
    <message>
        <source>The kubeconfig file to use.</source>
        <translation>O arquivo kubeconfig a usar.</translation>
    </message>
    <message>
        <source>The kubeconfig context to open.</source>
        <translation>O contexto do kubeconfig a abrir.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Mostra informações de versão.</translation>
    </message>
</context>
</TS>
