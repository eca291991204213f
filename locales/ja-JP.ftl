# Portico — 日本語（日本）、ロケール ja-JP。en-US.ftl の翻訳です。
# メッセージ ID と変数は en-US.ftl と同一です。

## レイアウト
skip-to-content = メインコンテンツへスキップ
nav-main-label = メインナビゲーション
nav-menu = メニュー
nav-marketing = マーケティング
nav-home = ホーム
language-switcher-label = 言語
language-switcher-submit = 言語を変更
language-current = { $language }（現在の言語）
footer-powered-by = Portico で運営されています
footer-links-label = 便利なリンク
flash-dismiss = メッセージを閉じる
flash-language-changed = ポータルの表示言語を{ $language }に変更しました。

## 言語名（各言語の自言語表記）
language-name-en-US = English
language-name-de-DE = Deutsch
language-name-fr-FR = Français
language-name-es-ES = Español
language-name-ja-JP = 日本語

## テナントのホームページ
home-title = { $portal }へようこそ
home-fallback-welcome = { $vendor }のパートナーポータルです。パートナーの皆様は、こちらで案件登録、トレーニングの受講、共同ブランドキャンペーンの実施を行えます。
home-updated = プログラム情報は{ $date }に更新されました。

## プラットフォームホスト
platform-title = Portico
platform-heading = すべてのベンダーにパートナーポータルを
platform-lead = このアドレスでは Portico 本体をホストしています。各ベンダーのパートナーポータルには、{ $example } のようにそれぞれ専用のアドレスがあります。
platform-operators = プラットフォーム運用者は、コマンドラインからポータルを管理します（例：「portico tenant list」）。

## エラーページ
error-400-title = 不正なリクエスト
error-400-body = リクエストを解釈できませんでした。アドレスを確認して、もう一度お試しください。
error-403-title = アクセスが拒否されました
error-403-body = このページを開く権限がありません。
error-404-title = ページが見つかりません
error-404-body = このアドレスにはページがありません。ページが移動したか、リンクが間違っている可能性があります。
error-404-host-body = このアドレスにはパートナーポータルが設定されていません。案内されたアドレスをご確認ください。
error-405-title = 許可されていない操作です
error-405-body = このページは、この種類のリクエストに対応していません。
error-413-title = リクエストが大きすぎます
error-413-body = 送信された内容が、このポータルで受け付けられるサイズを超えています。内容を減らして、もう一度お試しください。
error-500-title = 問題が発生しました
error-500-body = 予期しないエラーにより、このページを表示できませんでした。この問題は記録されています。しばらくしてから、もう一度お試しください。
error-503-title = 一時的にご利用いただけません
error-503-body = 現在、ポータルが応答できません。しばらくしてから、もう一度お試しください。
error-reference = 参照番号 { $reference }、{ $time }
error-back-home = ホームページへ移動
suspended-title = このポータルは停止中です
suspended-body = { $portal }のパートナーポータルは現在ご利用いただけません。詳しくはベンダーにお問い合わせください。
removed-title = このポータルは削除されました
removed-body = { $portal }のパートナーポータルは削除されました。詳しくはベンダーにお問い合わせください。

## ロール
role-vendor_admin = ベンダー管理者
role-channel_manager = チャネルマネージャー
role-marketing_editor = マーケティング編集者
role-partner_admin = パートナー管理者
role-partner_user = パートナーユーザー

## メール
mail-greeting = { $name } 様
mail-footer = { $portal }から送信 · { $url }
mail-invitation-subject = { $portal }へのご招待
mail-invitation-body = { $portal }に「{ $role }」として招待されました。招待を承諾して、パスワードを設定し、ログインしてください。
mail-invitation-action = 招待を承諾する
mail-invitation-expiry = このリンクは1回のみ使用でき、有効期限は{ $date }です。
mail-invitation-ignore = この招待にお心当たりがない場合は、このメールを無視していただいて差し支えありません。

## 開発用メールボックス（SMTP サーバーが設定されていない場合に表示）
dev-mailbox-title = 開発用メールボックス
dev-mailbox-intro = SMTP サーバーが設定されていないため、Portico はすべてのメールを { $path } に書き出します。新しいメッセージから順に表示されます。
dev-mailbox-empty = まだメールは書き出されていません。
dev-mailbox-date = 日時
dev-mailbox-to = 宛先
dev-mailbox-from = 差出人
dev-mailbox-subject = 件名
dev-mailbox-message-id = Message-ID
dev-mailbox-text-part = テキストパート
dev-mailbox-html-part = HTML パート
dev-mailbox-back = すべてのメッセージ
nav-mailbox = メールボックス

## ログイン中のユーザー向けナビゲーション
nav-admin = 管理
nav-organisation = 所属組織
nav-sign-in = ログイン
nav-sign-out = ログアウト

## フォーム
form-required = この項目を入力してください。
form-too-long = { $max }文字以内で入力してください。
form-invalid-characters = この項目には使用できない文字が含まれています。
form-invalid-email = name@example.com のような形式でメールアドレスを入力してください。
form-invalid-choice = 表示されている選択肢から選んでください。
form-saved = 変更を保存しました。
form-error-summary = { $count ->
   *[other] { $n } 件の項目を修正してください
}
field-email = メールアドレス
field-password = パスワード
field-new-password = 新しいパスワード
field-password-confirm = 新しいパスワード（確認）
field-name = 名前

## ログイン
sign-in-heading = ログイン
sign-in-continue = 次へ
sign-in-submit = ログイン
sign-in-email-first = 勤務先のメールアドレスを入力してください。会社独自の ID プロバイダーでログインする場合は、そちらのページへご案内します。
sign-in-other-address = 別のアドレスを使用
sign-in-with-provider = または、組織のアカウントでログインしてください：
sign-in-wrong-credentials = メールアドレスまたはパスワードが正しくありません。
sign-in-organisation-suspended = 貴社の { $portal } へのアクセスは停止されているため、どなたもサインインできません。ベンダーのご担当者にお問い合わせください。
sign-in-throttled = ログインの失敗回数が多すぎます。{ $minutes }分後にもう一度お試しください。
sign-in-sso-failed = 組織の ID プロバイダーを使用したログインに失敗しました。もう一度お試しいただくか、管理者にお問い合わせください。
flash-signed-out = ログアウトしました。
flash-welcome = ようこそ！パスワードが設定され、ログインしました。
flash-password-changed = パスワードを変更しました。他のセッションはすべてログアウトされました。

## パスワード
password-hint = 12文字以上。関連のない単語をいくつか組み合わせると、覚えやすく強力なパスワードになります。
password-too-short = パスワードは12文字以上にしてください。
password-too-long = パスワードは128文字以内にしてください。
password-too-common = このパスワードはよく使われているか、単純すぎます。別のパスワードを選んでください。
password-like-email = メールアドレスに似たパスワードは使用できません。
password-mismatch = 2つのパスワードが一致しません。
set-password-submit = パスワードを保存してログイン

## 招待とパスワードの再設定
invitation-heading = { $portal }に参加
invitation-intro = 新しいアカウントのパスワードを設定してください。
invitation-invalid-heading = この招待は使用できません
invitation-invalid-body = リンクの有効期限が切れているか、すでに使用されているか、不完全です。招待した方に、新しい招待の送信を依頼してください。
reset-heading = 新しいパスワードの設定
reset-intro = アカウントの新しいパスワードを入力してください。ほかの場所でログインしているセッションはすべてログアウトされます。
reset-invalid-heading = このリンクは使用できません
reset-invalid-body = パスワード再設定用リンクの有効期限が切れているか、すでに使用されているか、不完全です。新しいリンクをリクエストできます。
forgot-link = パスワードをお忘れですか？
forgot-heading = パスワードの再設定
forgot-intro = アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
forgot-submit = リンクを送信
forgot-sent-heading = メールをご確認ください
forgot-sent-body = このアドレスのアカウントが存在する場合は、新しいパスワードを設定するためのリンクをお送りしました。リンクの有効期間は1時間です。
mail-reset-subject = { $portal }のパスワード再設定
mail-reset-body = { $portal }のアカウントについて、パスワードの再設定が依頼されました。ご本人による依頼の場合は、以下のリンクから新しいパスワードを設定してください。
mail-reset-action = 新しいパスワードを設定する
mail-reset-expiry = このリンクは1回のみ使用でき、{ $minutes }分後に有効期限が切れます。
mail-reset-ignore = お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。

## エラー（追加）
error-csrf-body = このフォームは別のページから送信されたか、有効期限が切れています。ページを再読み込みして、もう一度お試しください。
error-429-title = 試行回数が多すぎます
error-429-body = 数分待ってから、もう一度お試しください。

## 管理
admin-nav-label = 管理セクション
admin-overview = 概要
admin-overview-intro = 左側のセクションから、ポータルのブランディング、言語の選択、テキストの調整、ユーザー・パートナー・ログインの管理を行えます。
admin-branding = ブランディング
admin-languages = 言語
admin-texts = 画面テキスト
admin-users = ユーザー
admin-partners = パートナー
admin-sso = ID プロバイダー
admin-mail = メールログ
admin-stat-users = ユーザー
admin-stat-partners = パートナー組織
admin-stat-storage = 保存済みファイル
admin-stat-queued-mail = 送信待ちのメール
form-save = 保存

## ブランディング
branding-portal-name = ポータル名
branding-primary-color = メインカラー
branding-accent-color = アクセントカラー
branding-mail-sender = メールの送信者名
branding-footer-links = フッターのリンク
branding-footer-links-hint = 1行に1つずつ、「ラベル | https://example.com」の形式でリンクを入力してください。
branding-invalid-color = #1f4e8c のような形式で色を指定してください。
branding-invalid-link = この行は「ラベル | https://…」の形式になっていません：{ $line }
branding-preview = プレビュー
branding-preview-heading = パートナープログラムへようこそ
branding-preview-button = 案件を登録
branding-logo = ロゴ
branding-logo-current = 現在のロゴ
branding-logo-file = ロゴ画像
branding-logo-hint = PNG、JPEG または WebP 形式で、512 KB まで。正方形の画像がおすすめです。
branding-logo-upload = ロゴをアップロード
branding-logo-saved = 新しいロゴを設定しました。
branding-logo-missing = 画像ファイルを選択してください。

## 言語
languages-enabled = 提供する言語
languages-default = デフォルトの言語
languages-default-not-enabled = デフォルトの言語は、提供する言語のいずれかにしてください。
languages-welcome = ウェルカムテキスト
languages-welcome-locale = テキストの言語
languages-welcome-open = この言語を編集
languages-welcome-text = ホームページのウェルカムテキスト
languages-welcome-hint = プレーンテキストで入力し、段落の間には空行を入れてください。
welcome-empty = ウェルカムテキストを空にすることはできません。

## 画面テキスト
texts-intro = ポータルのあらゆるテキストを、パートナー向けに言語ごとに置き換えられます。たとえば「案件」を「商談」と表示することもできます。{ "{ $portal }" } などのプレースホルダーは、これまでどおり自動的に埋め込まれます。
texts-locale = 言語
texts-search = ID またはテキストで検索
texts-search-submit = 検索
texts-count = 該当するテキスト：{ $count }件
texts-id = ID
texts-built-in = 標準のテキスト
texts-override = 独自のテキスト
texts-override-for = { $id } の独自のテキスト
texts-reset = 標準のテキストを使用
texts-removed = 標準のテキストに戻しました。
texts-invalid = テキストが長すぎるか、使用できない文字が含まれています。
texts-error-brace = 波かっこは { "{ $portal }" } のようなプレースホルダーを開いて閉じる必要があります。「{ "{" }」や「{ "}" }」を単独で使うことはできません。
texts-error-default = 形の選択には、* を付けた既定の形がちょうど 1 つ必要です。
texts-error-reference = テキストからほかのメッセージ、用語、関数を参照することはできません。
texts-error-placeholder = { $name } はこのテキストのプレースホルダーではありません。使えるもの: { $known }
texts-error-no-placeholders = { $name } はこのテキストのプレースホルダーではありません。このテキストにはプレースホルダーがありません。
texts-error-syntax = このメッセージのテキストとして正しくありません（パーサーの報告: { $detail }）。
texts-rename = 用語の置き換え
texts-rename-intro = この言語のすべてのテキストで、ある語句を一度に置き換えます。たとえば「案件」を「商談」にします。プレースホルダーはそのまま残ります。変更は実行前にすべて確認できます。
texts-rename-from = 現在の用語
texts-rename-to = 新しい用語
texts-rename-preview = 変更を確認
texts-rename-same = 新しい用語は現在の用語と異なる必要があります。
texts-rename-summary = { $language } で「{ $from }」を「{ $to }」に置き換えます。
texts-rename-none = この言語のテキストにこの用語は含まれていません。変更されるものはありません。
texts-rename-back = テキスト一覧に戻る
texts-rename-count = { $count ->
    [one] { $count } 件のテキストが変わります:
   *[other] { $count } 件のテキストが変わります:
}
texts-rename-preview-caption = 置き換え前後のテキスト
texts-rename-before = 現在
texts-rename-after = 置き換え後
texts-rename-apply = { $count ->
    [one] このテキストを変更
   *[other] この { $count } 件のテキストを変更
}
texts-rename-cancel = キャンセル
texts-renamed = 用語を置き換えました。変更した各テキストは、下で組み込みのテキストに戻せます。

## ユーザー
users-organisation = 組織
users-role = ロール
users-status = ステータス
users-actions = 操作
users-role-of = { $name }のロール
users-change-role = 変更
users-deactivate = 無効にする
users-reactivate = 再度有効にする
users-resend = 招待を再送信
users-invite = ユーザーを招待
users-invite-submit = 招待を送信
users-invited = { $email } 宛てに招待を送信しています。
users-invitation-resent = 新しい招待を送信しました。
users-deactivated = ユーザーを無効にし、すべてのセッションからログアウトさせました。
users-reactivated = ユーザーは再びログインできるようになりました。
users-email-taken = このメールアドレスは、このポータルですでに使用されています。
users-role-mismatch = このロールは組織に適合しません。社内ロールは自社の組織用、パートナーロールはパートナー用です。
users-role-not-allowed = このロールを付与または変更することはできません。
users-own-account = ご自身のアカウントはここでは変更できません。
user-status-invited = 招待済み
user-status-active = 有効
user-status-disabled = 無効

## パートナー
partners-empty = パートナー組織はまだありません。
partners-tier = ティア
partners-count = { $count ->
   *[other] { $n } 社のパートナー組織
}
partners-country = 国
partners-country-hint = 国名を入力して一覧から選ぶか、2文字の国コード（DE、JP）を入力してください。
partners-domains = メールドメイン
partners-domains-hint = カンマ区切りで入力します（例：partner.com, partner.de）。ログイン時にパートナーのユーザーを識別するために使用されます。
partners-website = ウェブサイト
partners-add = パートナー組織を追加
partners-add-submit = パートナーを追加
partners-created = { $name }を追加しました。
partners-name-taken = この名前のパートナーはすでに存在します。
partners-invalid-website = fabrikam.example や https://fabrikam.example のようなウェブアドレスを入力してください。
partners-invalid-country = 一覧から国を選ぶか、DE のような2文字の国コードを入力してください。
partners-invalid-domains = partner.com のようなドメインをカンマ区切りで入力してください。

## メールログ
mail-log-empty = このポータルからはまだメールが送信されていません。
mail-log-attempts = 試行回数
mail-log-last-error = 最後のエラー：{ $error }
mail-log-retry = 再試行
mail-requeued = メッセージはまもなく再送信されます。
mail-status-queued = 送信待ち
mail-status-sent = 送信済み
mail-status-parked = 失敗

## ID プロバイダー
sign-in-sso-failed-heading = ログインできませんでした
sso-intro = パートナーや社内スタッフが、自社の ID プロバイダー（OpenID Connect）でログインできるようにします。各プロバイダーは1つの組織に属し、指定したメールドメインに適用されます。
sso-add = プロバイダーを追加
sso-empty = ID プロバイダーはまだありません。
sso-issuer = 発行者 URL
sso-issuer-hint = プロバイダーの発行者（Issuer）です（例：https://login.example.com）。保存時にディスカバリードキュメントが確認されます。
sso-invalid-issuer = 発行者は https:// で始まる URL で入力してください。
sso-discovery-unreachable = { $issuer } のプロバイダーに接続できませんでした。アドレスと、Portico の稼働環境からプロバイダーに到達できるかを確認してください。
sso-discovery-status = { $issuer } のプロバイダーが、ディスカバリードキュメント（/.well-known/openid-configuration）ではなくステータス { $status } を返しました。発行者 URL を確認してください。
sso-discovery-invalid = { $issuer } のプロバイダーから OpenID Connect のディスカバリードキュメントが返されませんでした。発行者 URL を確認してください。
sso-discovery-mismatch = { $issuer } のディスカバリードキュメントに別の発行者が記載されているか、サインインに必要な情報が不足しています。プロバイダーが示すとおりの発行者 URL を入力してください。
sso-client-id = クライアント ID
sso-client-secret = クライアントシークレット
sso-client-secret-hint = 暗号化して保存され、再表示されることはありません。
sso-client-secret-keep = 現在のシークレットを維持する場合は、空欄のままにしてください。
sso-client-secret-kept = 入力したシークレットは保持されています（封印済みで表示されません）。置き換える場合は別の値を入力してください。
sso-scopes = 追加のスコープ
sso-invalid-scopes = スコープは、「email profile」のようにスペースで区切った単語で指定してください。
sso-domains-hint = アドレスがこれらのドメインのいずれかで終わるユーザーは、このプロバイダーでログインします。
sso-organisation-hint = このプロバイダーでログインできるのは、この組織のみです。
sso-jit = 初回ログイン時にアカウントを作成する（ジャストインタイム）
sso-default-role = 新規アカウントのロール
sso-required = SSO 必須
sso-required-label = 対象ドメインでこのプロバイダーの使用を必須にする（パスワードでのログインや再設定は不可）
sso-yes = はい
sso-no = いいえ
sso-callback = プロバイダーに登録するリダイレクト URI
sso-callback-hint = このアドレスをそのまま、クライアントのリダイレクト（コールバック）URI として登録してください。
sso-remove = プロバイダーを削除
sso-removed = プロバイダーを削除しました。

## プラットフォーム運用者
operator-sign-in = 運用者ログイン
operator-sign-in-intro = このワンタイムリンクを使用して、Portico プラットフォームコンソールにログインします。
operator-sign-in-submit = コンソールにログイン
operator-link-invalid = このログインリンクは有効期限が切れているか、すでに使用されています。「portico operator create」で新しいリンクを作成してください。
operator-console = プラットフォームコンソール
operator-signed-in-as = { $email } としてログイン中
operator-tenants = テナント
operator-no-tenants = テナントはまだありません。
operator-tenant = テナント
operator-created = 作成日
tenant-status-active = 稼働中
tenant-status-suspended = 停止中
sign-in-sso-redirect = 所属組織では{ $provider }を使用してログインします。ログインページに移動しています…

## 案件
nav-deals = 案件
deals-title = 案件登録
deals-new = 案件を登録
deals-edit = 登録内容を編集
deals-export = CSV をエクスポート
deals-filters = 案件の絞り込み
deals-search = 会社名、ドメイン、担当者で検索
deals-any = すべて
deals-created-from = 登録日（開始）
deals-created-to = 登録日（終了）
deals-value-min = 金額（下限、{ $currency } 換算）
deals-value-max = 金額（上限、{ $currency } 換算）
deals-sort = 並べ替え
deals-apply = 適用
deals-needs-review = 要確認
csv-yes = はい
deals-empty = 案件はまだありません。
deals-none-match = この条件に一致する案件はありません。
deals-clear-filters = 絞り込みを解除
deals-first-page = 最初のページに戻る
deals-count = { $count ->
   *[other] { $n } 件の案件
}
deals-count-matching = { $count ->
   *[other] この条件に一致する案件は { $n } 件です。
}
deals-next-page = さらに表示
deals-save-draft = 下書きとして保存
deal-sort-newest = 新しい順
deal-sort-oldest = 古い順
deal-sort-value_desc = 金額の高い順
deal-sort-value_asc = 金額の低い順
deal-sort-close_asc = 成約予定日の近い順
deal-section-customer = 顧客
deal-section-opportunity = 商談情報
deal-section-details = 詳細
deal-section-actions = 次のステップ
deal-field-id = ID
deal-field-partner = パートナー
deal-field-company = 顧客企業
deal-field-domain = 顧客のウェブドメイン
deal-field-country = 国
deal-field-contact = 担当者
deal-field-contact-email = 担当者のメールアドレス
deal-field-value = 見込み金額
deal-field-currency = 通貨
deal-field-close = 成約予定日
deal-field-description = 説明
deal-field-products = 製品
deal-field-status = ステータス
deal-field-protected-until = 保護期限
deal-field-created = 登録日
deal-invalid-domain = example.com のような形式で、顧客のウェブドメインを入力してください。
deal-invalid-value = 12500 や 12,500.00 のような形式で、正の金額を入力してください。
deal-value-too-large = 案件の金額は最大 { $max } までです。
deal-invalid-date = 2027-03-31 のような形式で日付を入力してください。
deal-invalid-close-range = 成約予定日は、先月から5年後までの範囲で指定してください。
deal-conflict-hint = この顧客については、別の登録がすでに存在する可能性があります。このまま申請することもできます。ベンダーが確認したうえで判断します。
deal-under-review = この登録はベンダーによる審査中です。
deal-no-actions = 現在、この案件で必要な操作はありません。
deal-message-to-partner = パートナーへのメッセージ
deal-message-to-partner-required = パートナーへのメッセージ（必須：理由）
deal-message-to-partner-optional = パートナーへのメッセージ（任意）
deal-message-to-partner-hint = パートナーは案件ページとメールでこのメッセージを確認できます。
deal-message-from-vendor = ベンダーからのメッセージ
deal-internal-note = 社内メモ（スタッフのみ）
deal-internal-note-optional = 社内メモ（任意）
deal-internal-note-hint = ベンダーのスタッフだけが見られます。パートナーにはどのページにもメールにも表示されません。
deal-question-heading = ベンダーからの質問
deal-reply = 回答
deal-reply-hint = 回答は案件の履歴に追加され、案件は再び審査に回ります。
deal-reply-submit = 回答して再提出
deal-reply-edit = 先に案件の内容を変更する
deal-message-from-partner = パートナーからの回答
deal-request-extension = 保護期間の延長を申請
deal-extension-pending = 延長申請中
deal-extension-grant = 延長を承認
deal-extension-refuse = 延長を却下
deal-conflicts = 競合の可能性
deal-conflicts-intro = 同じ顧客に対するほかの未完了の登録を並べて表示しています。一致する項目には印が付いています。
deal-conflict-this-named = この登録：{ $partner }、{ $company }
deal-conflict-other-named = { $partner }、{ $company }
deal-conflict-registered = { $date } に登録
deal-conflict-resolve-hint = まとめて一度に判断できます。1件を承認すると、審査待ちのほかの登録は却下され、各パートナーにはそれぞれの列に書いたメッセージが届きます。
deal-conflict-reason = 別の登録を承認した場合の { $partner } へのメッセージ
deal-conflict-reason-hint = このパートナーだけが読みます。
deal-conflict-reason-required = 別の登録を承認した場合にこのパートナーへ伝える理由を入力してください。
deal-conflict-approve-this = これを承認し、ほかを却下
deal-conflict-untouched = 審査待ちではないため、この判断では変更されません。
deal-conflict-match = 一致
deal-conflict-same-partner = 同じパートナー
deal-timeline = 履歴
deal-via-token = APIトークン「{ $name }」経由
deal-status-draft = 下書き
deal-status-submitted = 申請済み
deal-status-approved = 承認済み
deal-status-rejected = 却下
deal-status-info_requested = 情報提供依頼中
deal-status-won = 受注
deal-status-lost = 失注
deal-status-expired = 期限切れ
deal-action-submit = 承認を申請
deal-action-approve = 承認
deal-action-reject = 却下
deal-action-request_info = 追加情報を依頼
deal-action-resubmit = 再申請
deal-action-win = 受注として記録
deal-action-lose = 失注として記録
deal-action-expire = 期限切れにする
deal-event-created = 登録を作成
deal-event-edited = 詳細を編集
deal-event-submit = 申請
deal-event-resubmit = 再申請
deal-event-approve = 承認
deal-event-auto_approve = 自動承認（ティアのルール）
deal-event-reject = 却下
deal-event-request_info = 追加情報を依頼
deal-event-win = 受注として記録
deal-event-lose = 失注として記録
deal-event-expire = 保護期限切れ
deal-event-extension_requested = 延長を申請
deal-event-extension_granted = 延長を承認
deal-event-extension_refused = 延長を却下
deal-error-not-allowed = この案件では、現在この操作を行えません。
deal-error-too-many-open = 貴社のティアでは、同時に進行できる案件は{ $max }件までです。先にいずれかの案件をクローズまたは完了してください。
deal-error-comment-required = 理由を入力してください。
deal-error-partner-inactive = 貴社のパートナー組織が有効ではないため、案件を申請できません。
deal-error-too-many-drafts = 下書きはすでに { $max } 件あり、このポータルの上限に達しています。先にいずれかを申請してください。
deal-flash-saved = 登録内容を下書きとして保存しました。
deal-flash-submitted = 登録を申請しました。
deal-flash-approve = 案件を承認しました。
deal-flash-reject = 案件を却下しました。
deal-flash-resolved = 登録を承認しました。競合するほかの登録は却下され、各パートナーに理由が伝えられます。
deal-flash-request_info = パートナーに追加情報を依頼しました。
deal-flash-resubmit = 登録を再申請しました。
deal-flash-submit = 登録を申請しました。
deal-flash-win = 案件を受注として記録しました。
deal-flash-lose = 案件を失注として記録しました。
deal-flash-expire = 案件を期限切れにしました。
deal-flash-extension-requested = 延長を申請しました。
deal-flash-extension-granted = 延長を承認しました。
deal-flash-extension-refused = 延長を却下しました。

## 通知
notifications-title = 通知
notifications-bell = 通知（未読 { $count } 件）
notifications-empty = 通知はまだありません。
notifications-read-all = すべて既読にする
notifications-mark-read = 既読にする
notification-open = 案件を開く
notify-deal-submitted = { $partner }が案件「{ $company }」を登録しました。
notify-deal-submitted-conflict = { $partner }が案件「{ $company }」を登録しました。ほかの登録と競合している可能性があります。
notify-deal-approved = 案件「{ $company }」が承認されました。保護期限は{ $date }です。
notify-deal-rejected = 案件「{ $company }」は却下されました：{ $comment }
notify-deal-info-requested = 案件「{ $company }」について追加情報が必要です：{ $comment }
notify-extension-requested = { $partner }が「{ $company }」の保護期間の延長を申請しています。
notify-extension-granted = 「{ $company }」の保護期間が{ $date }まで延長されました。
notify-extension-refused = 「{ $company }」の延長申請は却下されました。
notify-deal-expiring = 「{ $company }」の保護期間は{ $date }に終了します。
notify-deal-expired = 「{ $company }」の保護期間が終了しました。

## 分析
analytics-title = パイプライン分析
analytics-total = 案件は合計{ $count }件です。
analytics-summary = 案件{ $n }件。
analytics-deals = 案件数
analytics-by-status = ステータス別
analytics-by-partner = パートナー別
analytics-by-tier = ティア別
analytics-by-month = 登録月別
analytics-no-tier = ティアなし

## 製品とティア
admin-products = 製品
admin-tiers = ティア
products-intro = パートナーは案件を登録する際に、これらの製品から選択します。
products-empty = 製品はまだありません。
products-sku = SKU
products-active = 有効
products-inactive = 非表示
products-activate = 再表示する
products-deactivate = 非表示にする
products-add = 製品を追加
products-name-taken = この名前の製品はすでに存在します。
tiers-intro = パートナーはティアを順に上がっていきます。ティアごとに、承認済み案件の保護期間、同時に進行できる案件数、自動承認される案件の上限金額を設定します。
tiers-protection-days = 保護期間（日数）
tiers-max-open = 同時に進行できる案件数の上限
tiers-auto-approve = 自動承認の上限金額（{ $currency }）
tiers-hint = 案件数の上限を0にすると無制限、自動承認の上限金額を0にすると自動承認は行われません。ほかの登録と競合する可能性がある案件は、必ず担当者が確認します。
tiers-add = ティアを追加
tiers-invalid-number = 0から{ $max }までの整数を入力してください。
tiers-drafts-heading = 下書き
tiers-drafts-label = パートナーユーザーごとの下書き数
tiers-drafts-hint = 1 人が同時に保持できる未申請の下書きの数です。申請済みの案件は、代わりにティアの未完了案件数に数えられます。
tiers-drafts-invalid = 1 から { $max } までの整数を入力してください。
deal-review-by = { $portal } のチームが審査し、{ $date } までに判断します。
tiers-review-heading = 審査
tiers-review-label = 判断までの営業日数
tiers-review-hint = パートナーは、提出した案件の判断がいつまでに出るかを確認できます（月曜から金曜を数えます）。
tiers-review-invalid = 1 から { $max } までの整数を入力してください。
tiers-name-taken = この名前のティアはすでに存在します。

## パートナー募集
admin-applications = パートナー応募
apply-title = パートナーに応募する
apply-intro = 貴社についてお聞かせください。追ってご連絡いたします。{ $portal }のパートナーの皆様は、案件登録、認定資格の取得、共同ブランドキャンペーンの実施を行えます。
apply-company = 会社名
apply-contact-name = お名前
apply-contact-email = 勤務先のメールアドレス
apply-message = 当社と一緒にどのような製品を販売したいとお考えですか？
apply-submit = 応募を送信
apply-thanks-heading = ご応募ありがとうございます
apply-thanks-body = ご応募を受け付けました。メールにてご連絡いたします。
apply-too-many = 過去1時間に、お使いのネットワークから多数の応募がありました。しばらくしてから、もう一度お試しください。
applications-none-pending = 審査待ちの応募はありません。
applications-approve = 承認して招待
applications-reject = 却下
applications-reason = 理由
applications-decided = 審査済みの応募
applications-approved = { $company }がパートナーになりました。同社の管理者に招待を送信しました。
applications-rejected = 応募者に通知しました。
applications-reason-required = 却下の理由を入力してください。
applications-status-approved = 承認済み
applications-status-rejected = 却下
applications-status-pending = 審査待ち
notify-application = { $company }からパートナーへの応募がありました。
mail-application-rejected-subject = { $portal }へのご応募について
mail-application-rejected-body = このたびはご関心をお寄せいただき、誠にありがとうございます。誠に残念ながら、今回は{ $company }様を{ $portal }のパートナープログラムにお迎えすることを見送らせていただくこととなりました。理由は次のとおりです：

## パートナー組織
partners-search = 名前またはドメインで検索
org-status-active = 有効
org-status-suspended = 停止中
org-status-applicant = 応募中
org-no-users = ユーザーはまだいません。
org-all-deals = このパートナーのすべての案件
org-title = 所属組織
org-your-tier = 貴社のティア
org-next-tier = 次のティア
org-next-tier-hint = 上位ティアへの昇格については、担当のチャネルマネージャーにご相談ください。
org-top-tier = 貴社は最上位のティアです。
org-no-tier = 貴社の組織には、まだティアが割り当てられていません。
org-unlimited = 上限なし
org-auto-never = 自動承認なし
org-auto-up-to = { $amount }まで
org-open-now = 現在{ $count }件が進行中
home-review-deals = 案件を確認

## Uploads
upload-refused-empty = ファイルが空です。
upload-refused-type = この種類のファイルはここでは受け付けていません。記載されている形式のいずれかを使用してください。
upload-refused-svg = SVG ファイルは受け付けていません（スクリプトを含むことがあるため）。画像を PNG または WebP で書き出してください。
upload-refused-pixels = 画像のピクセル数が多すぎます（1 辺 12,000 ピクセル、合計 4,800 万ピクセルまで）。
upload-refused-broken = ファイルを読み取れません。破損しているか、表示どおりの形式ではありません。
upload-refused-encrypted = この PDF はパスワードで保護されているか暗号化されています。保護のないコピーをアップロードしてください。
upload-refused-too-large = ファイルのサイズが { $size } を超えています。

## Partner co-branding profile
profile-title = 共同ブランディングのプロフィール
profile-hint = 共同ブランディング資料（データシート、メール、ランディングページ）に表示される貴社の情報です。
profile-contact-name = 担当者名
profile-contact-email = 担当者のメールアドレス
profile-contact-phone = 担当者の電話番号
profile-logo-file = ロゴ
profile-logo-hint = PNG、JPEG、WebP（2 MB まで）。共同ブランディング資料に表示されます。
profile-logo-current = 現在のロゴ
profile-no-logo = ロゴはまだありません。
profile-ask-admin = このプロフィールは貴社のパートナー管理者が変更できます。
profile-saved = プロフィールを保存しました。
profile-logo-saved = ロゴを保存しました。
form-invalid-phone = 5 桁以上の数字で電話番号を入力してください（スペースと + ( ) - . / を使用できます）。

## Asset library
nav-assets = 資料ライブラリ
assets-title = 資料ライブラリ
assets-add = 資料を追加
assets-add-submit = 資料を追加する
assets-search = タイトルと説明を検索
assets-empty = 該当する資料はありません。資料を追加するか、絞り込み条件を変更してください。
asset-kind = 種類
asset-kind-image = 画像
asset-kind-pdf = PDF 文書
asset-status = 状態
asset-status-draft = 下書き
asset-status-published = 公開中
asset-status-archived = アーカイブ済み
asset-tag = タグ
asset-preview = プレビュー
asset-title = タイトル
asset-description = 説明
asset-versions = バージョン
asset-version = バージョン
asset-version-number = バージョン { $number }
asset-version-current = 最新
asset-file = ファイル
asset-file-hint = PDF、PNG、JPEG、WebP（{ $size } まで）。ファイルの種類は名前ではなく内容で判断されます。
asset-file-missing = アップロードするファイルを選択してください。
asset-text-locale = このテキストの言語
asset-text-locale-hint = 他の言語は資料のページで追加できます。
asset-tags = タグ
asset-tags-hint = カンマ区切りで入力します（例: データシート, セキュリティ）。
asset-tiers = 表示するティア
asset-tiers-hint = 選択しない場合、公開後はすべてのパートナーに表示されます。
asset-partners-downloaded = { $count ->
   *[other] { $n } 社のパートナー組織がダウンロード
}
asset-text-missing = 未作成の言語:
asset-text-missing-badge = 未作成
asset-texts = タイトルと説明
asset-publishing = 公開設定
asset-version-locale = 対象
asset-version-locale-hint = 特定の言語向けのバージョンは、その言語を使うパートナーに対してのみファイルを置き換えます。
asset-version-all-locales = すべての言語
asset-version-note = 変更内容（任意）
asset-downloads = ダウンロード数
asset-no-versions = バージョンはまだありません。
asset-pages = { $count ->
   *[other] { $n } ページ
}
asset-new-version = 新しいバージョンをアップロード
asset-upload-version = バージョンをアップロード
asset-created = 資料を追加しました。
asset-version-added = 新しいバージョンをアップロードしました。今後パートナーにはこのバージョンが提供されます。
library-title = 資料ライブラリ
library-intro = 自社のマーケティングに使える、ベンダーからの資料です。
library-empty = お客様のパートナーティア向けの資料はまだないか、条件に一致する資料がありません。
library-not-in-your-language = この資料はお使いの言語では提供されていないため、{ $language } で表示しています。
library-download = ダウンロード

## E-mail preferences and unsubscribe
prefs-title = メールの設定
prefs-intro = 受け取る任意のメールを選択してください。ポータル内の通知は引き続き表示されます。
prefs-legend = 次の内容をメールで受け取る
prefs-essential = 案件、アカウント、セキュリティに関するメールは常に送信されます。
prefs-saved = 設定を保存しました。
prefs-category-campaigns = 自社のパートナーティア向けの新しいマーケティングキャンペーン
prefs-category-asset-updates = ダウンロードした資料の新しいバージョン
prefs-category-courses = 新しいコースと認定資格のリマインダー
mail-unsubscribe = { $category } に関するメールを停止
unsubscribe-title = 配信停止
unsubscribe-ask = { $category } に関するメールを停止しますか？
unsubscribe-confirm = 配信を停止する
unsubscribe-done = 完了しました。今後 { $category } に関するメールは届きません。
unsubscribe-change = メールの設定を変更
notify-asset-superseded = 「{ $title }」の新しいバージョン（バージョン { $number }）が公開されました。

## Campaigns
nav-campaigns = キャンペーン
campaigns-title = キャンペーン
campaigns-add = 新しいキャンペーン
campaigns-add-submit = キャンペーンを作成
campaigns-empty = キャンペーンはまだありません。
campaign-name = 名前
campaign-period = 期間
campaign-period-value = { $start } 〜 { $end }
campaign-status = 状態
campaign-status-draft = 下書き
campaign-status-scheduled = 予定
campaign-status-active = 実施中
campaign-status-ended = 終了
campaign-assets = 資料
campaign-starts = 開始日
campaign-ends = 終了日（当日を含む）
campaign-tiers = 対象ティア
campaign-tiers-hint = 選択しない場合はすべてのパートナーティアが対象です。
campaign-no-assets = ライブラリに公開済みの資料はまだありません。
campaign-ready = 準備完了：期間中に実施する
campaign-ready-hint = 準備完了にするまでは、パートナーには表示されない下書きのままです。開始時に対象パートナーへポータルとメールで通知します。
campaign-stats = 実績
campaign-stats-notified = 通知したパートナー
campaign-stats-viewed = 閲覧したパートナー
campaign-stats-activated = 実施したパートナー
campaign-stats-per-partner = パートナー組織別
campaign-stats-partner = パートナー
campaign-stats-downloads = ダウンロード数
campaign-stats-note = 実施方法
campaign-stats-empty = まだどのパートナーも閲覧していません。
campaign-stats-per-version = 資料のバージョン別ダウンロード数
campaign-stats-csv = CSV でダウンロード
campaign-yes = はい
campaign-no = いいえ
campaign-invalid-date = 2026-12-31 のような形式で日付を入力してください。
campaign-ends-before-start = 終了日が開始日より前になっています。
campaign-created = キャンペーンを作成しました。
campaigns-partner-intro = お客様のパートナーティア向けに現在実施中の、ベンダーのキャンペーンです。
campaigns-partner-empty = お客様のパートナーティア向けに実施中のキャンペーンは現在ありません。
campaign-partner-no-assets = このキャンペーンには、お客様のティア向けの資料がありません。
campaign-activate-title = このキャンペーンを実施する
campaign-activated-state = 実施中
campaign-activate-note = 実施方法（任意）
campaign-activate-note-hint = 例：10 日にニュースレター、ウェビナー 2 回。このメモはベンダーに表示されます。
campaign-activate = 実施済みにする
campaign-activate-update = メモを更新
campaign-activated = キャンペーンを実施済みにしました。
notify-campaign-started = 新しいキャンペーンが始まりました：{ $name }
campaign-stats-funnel = パートナー：通知、閲覧、実施
campaign-stats-downloads-per-partner = パートナー組織別のダウンロード数
campaign-stats-downloads-total = { $count ->
   *[other] 合計 { $n } 件のダウンロード。
}

## E-mail templates and co-branding
asset-kind-email = メールテンプレート
asset-content-file = 画像と PDF の場合：ファイル
asset-content-template = メールテンプレートとランディングページの場合：件名（ランディングページでは見出し）、HTML、テキスト（メールのみ）
template-vocabulary = パートナーの情報に置き換わるプレースホルダー：{ $vocabulary }
template-subject = 件名
template-body-html = HTML パート
template-body-text = テキストパート
template-unknown = 不明なプレースホルダー：{ $names }。使用できるのは次のみです：{ $vocabulary }
template-unclosed = 波かっこ 2 つで開いたプレースホルダーが閉じられていません。
template-edit = テンプレートを編集（新しいバージョンとして保存）
template-preview = 御社の情報でプレビュー
preflight-missing = 共同ブランディングのプロフィールに、このテンプレートで使う項目がないため空欄になります：
preflight-fix = 組織のプロフィールを入力する
placeholder-partner-name = 組織名
placeholder-partner-logo = ロゴ
placeholder-partner-website = Web サイト
placeholder-contact-name = 担当者名
placeholder-contact-email = 担当者のメールアドレス
placeholder-contact-phone = 担当者の電話番号
placeholder-landing-page-url = 公開済みのランディングページ
placeholder-tenant-name = ベンダー名
template-download-html = HTML でダウンロード
template-download-eml = .eml でダウンロード
template-send-test = { $email } にテスト送信
template-test-sent = { $email } にテストメールを送信しています。

## Co-branding zones of PDFs
zones-title = 共同ブランディングの領域
zones-intro = 各パートナーのロゴと連絡先を刻印する位置を指定します。位置とサイズは、ページの左上隅からのパーセントです。
zones-none = 領域はまだありません。パートナーは PDF をそのままダウンロードします。
zones-sample = 架空のパートナー用サンプルをダウンロード
zone-add-title = 領域を追加
zone-page = ページ
zone-where = 位置とサイズ
zone-what = 内容
zone-what-logo = パートナーのロゴ
zone-what-text = プレースホルダー付きテキスト
zone-text = テキスト
zone-text-hint = 例：{ $example }。ウェブサイトまたはランディングページのプレースホルダーだけを含む領域はリンクになります。
zone-x = 左から (%)
zone-y = 上から (%)
zone-width = 幅 (%)
zone-height = 高さ (%)
zone-add = 領域を追加
zone-remove = 削除
zone-actions = 操作
zone-added = 領域を追加しました。サンプルをダウンロードして確認してください。
zone-removed = 領域を削除しました。
zone-position = 左から { $x } %、上から { $y } %
zone-size = { $width } × { $height } %
zone-on-page = { $page } ページ
zone-whole-number = 整数を入力してください。
zone-page-invalid = { $count ->
   *[other] 1 から { $n } までのページを選んでください。
}
zone-off-page = 領域はページ内に収めてください。位置は 0～99 %、サイズは 1～100 %、位置とサイズの合計は 100 % 以下です。
zone-logo-in-text = ロゴには専用の領域を使います。「パートナーのロゴ」を選んでください。
zone-too-many = 1 つの資料に設定できる領域は最大 { $max } 個です。
zone-sample-partner = サンプルパートナー株式会社
zone-sample-contact = 見本 太郎
library-download-cobranded = 自社ブランド入りのコピーをダウンロード
library-cobranded-hint = 貴社のロゴと連絡先が刻印されています。

## Landing pages
asset-kind-landing = ランディングページ
landing-headline = 見出し
landing-your-page = 貴社のランディングページ
landing-not-yet = 貴社の名前とロゴでこのページを公開できます。訪問者はフォームから貴社に連絡できます。
landing-publish = 当社のランディングページとして公開
landing-publish-again = 再公開
landing-unpublish = 非公開にする
landing-is-offline = ページは非公開です。アドレスは保持されています。
landing-live-at = 公開中：
landing-see-submissions = 訪問数と問い合わせ
landing-published = ランディングページを { $path } で公開しました。
landing-unpublished = ランディングページを非公開にしました。
landing-list-title = ランディングページ
landing-list-intro = 貴社が公開したページと、訪問者から届いた内容です。
landing-your-pages = 貴社のページ
landing-address = アドレス
landing-visits-heading = 訪問数
landing-visits = { $count ->
   *[other] { $n } 回
}
landing-offline = 非公開
landing-none = ランディングページはまだありません。資料ライブラリから公開してください。
landing-submissions = 問い合わせ
landing-no-submissions = 問い合わせはまだありません。
landing-when = 受信日時
landing-name = お名前
landing-email = メールアドレス
landing-company = 会社名
landing-message = メッセージ
landing-send = 送信
landing-contact-title = { $partner } へのお問い合わせ
landing-thanks = ありがとうございます。{ $partner } より折り返しご連絡します。
landing-privacy = ご入力の情報は、お問い合わせへの回答のため { $partner } にのみ送られます。
landing-too-many = お使いのネットワークからの送信が多すぎます。1 時間後にもう一度お試しください。
notify-landing-submission = { $name }（{ $email }）からランディングページ経由で問い合わせが届きました。
nav-landing-pages = ランディングページ
campaign-stats-visits = ランディングページの訪問数
campaign-stats-submissions = 問い合わせ
template-preview-button = プレビュー
template-live-preview = 架空のパートナーでのライブプレビュー
template-preview-sample = 架空のパートナー

## Social posts
asset-kind-social = SNS 投稿
asset-content-social = SNS 投稿の場合：投稿の本文（画像は上のファイル）
social-text = 投稿の本文
social-fits-title = ネットワークごとの文字数
social-fits-sample = 現在の本文を架空のパートナーで埋めたものです。
social-network = ネットワーク
social-length = 文字数
social-fit = { $limit } 文字中 { $length } 文字
social-too-long = 長すぎます
social-your-post = 貴社の投稿
social-copy-hint = この本文を下の画像とともに投稿にコピーしてください。

## Plans and usage
admin-usage = プランと利用状況
plan-limit-title = プランの上限に達しました
plan-limit-body-staff = ご利用のプランの上限は { $limit }（{ $what }）で、この操作は上限を超えるため、何も変更されていません。現在の状況は「管理 → プランと利用状況」で確認できます。上限はプラットフォーム運営者がプランを変更することで引き上げられます。
plan-limit-body-partner = { $portal } はプランの上限 { $limit }（{ $what }）に達しているため、何も変更されていません。{ $portal } のチームに上限の引き上げを依頼してください。
plan-feature-off-title = このプランには含まれていません
plan-feature-off-body-staff = { $feature } はご利用のプランに含まれていません。プラットフォーム運営者がプランを変更すると利用できるようになります。
plan-feature-off-body-partner = { $feature } は { $portal } ではご利用いただけません。
plan-feature-sso = シングルサインオン
plan-feature-campaigns = キャンペーンとアセットライブラリ
plan-feature-api = API と Webhook
plan-feature-included = { $feature }：含まれています
plan-feature-excluded = { $feature }：含まれていません
usage-metric-partners = パートナー組織
usage-metric-users = ユーザー
usage-metric-storage_bytes = ストレージ
usage-metric-emails = 今月のメール
usage-metric-deals = 今月登録された案件
usage-metric-sign_ins = 今月のサインイン
usage-metric-api_calls = 今月の API 呼び出し
usage-unlimited = 無制限
usage-plan = ご利用のプラン：{ $plan }
usage-now = 今月
usage-column-what = 項目
usage-column-used = 使用量
usage-column-limit = 上限
usage-column-share = 上限に対する割合
usage-column-month = 月
usage-empty = まだ何も集計されていません。
usage-at-limit = 上限に到達
usage-no-limit = 上限なし
usage-raise-hint = 上限の 80% と 100% に達すると、管理者にポータルとメールで通知されます。月間メール数を超えると、配信停止できるメッセージは保留されます。サインインのリンク、招待、案件の判断は常に送信されます。上限を引き上げるには、プラットフォーム運営者にプランの変更を依頼してください。
usage-history = 過去の月
usage-download-csv = 月別の利用状況をダウンロード（CSV）
usage-history-empty = まだ集計された月はありません。
notify-usage-limit-near = ポータルがプランの上限の 80% に達しました：{ $metric ->
    [partners] パートナー組織
    [users] ユーザー
    [storage_bytes] ストレージ
   *[emails] 今月のメール
}。
notify-usage-limit-reached = ポータルがプランの上限に達しました：{ $metric ->
    [partners] パートナー組織
    [users] ユーザー
    [storage_bytes] ストレージ
   *[emails] 今月のメール
}。プランが変更されるまで、新たな追加はお断りします。

## Operator console: tenants and plans
operator-plans = プラン
operator-usage-csv = 全テナントの月別利用状況（CSV）
operator-search = 名前またはスラッグで検索
operator-sort = 並べ替え
operator-sort-name = 名前
operator-sort-newest = 新しい順
operator-search-submit = 表示
operator-plan = プラン
operator-open-portal = ポータルを開く
operator-next-page = 次のページ
operator-create-tenant = テナントを作成
operator-create-slug = スラッグ（サブドメイン）
operator-create-slug-hint = 小文字の英字、数字、ハイフンで 2～63 文字。ポータルのアドレスは スラッグ.ご利用のドメイン になります。
operator-create-name = ベンダー名
operator-create-admin-email = 最初のベンダー管理者のメールアドレス
operator-create-admin-email-hint = パスワード設定のための招待が届きます。
operator-create-locale = 既定の言語
operator-create-submit = テナントを作成
operator-create-slug-invalid = 小文字の英字、数字、ハイフンで 2～63 文字にしてください。先頭と末尾にハイフンは使えません。
operator-create-slug-reserved = このスラッグはプラットフォーム用に予約されています。別のものを選んでください。
operator-create-slug-taken = このスラッグのテナントはすでに存在します。
operator-create-name-invalid = 制御文字を含まない 1～100 文字にしてください。
operator-plan-unknown = 表示されているプランから選んでください。
operator-tenant-created = テナントを作成しました。ベンダー管理者 { $email } にメールで招待を送りました。
operator-plan-changed = プランを変更しました。上限と機能はすぐに適用されます。
operator-tenant-suspended = テナントを停止しました。ポータルにその旨が表示され、誰もサインインできません。
operator-tenant-resumed = テナントを再開しました。
operator-back-to-tenants = ← すべてのテナント
operator-slug = スラッグ
operator-change-plan = プランの変更
operator-change-plan-submit = プランを変更
operator-tenant-status = 停止または再開
operator-tenant-is-suspended = このテナントは停止中です。ポータルは「停止中」と表示し、誰もサインインできず、メールは保留されます。再開するとすべて元に戻ります。
operator-resume = テナントを再開
operator-suspend-hint = 停止してもデータはすべて保持されます。再開するまで、ポータルは「停止中」と表示し、誰もサインインできません。
operator-suspend = テナントを停止
operator-plans-intro = 空欄の上限は無制限です。変更はそのプランのすべてのテナントにすぐ適用されます。
operator-plan-name = 名前
operator-plan-max-partners = パートナー組織
operator-plan-max-users = ユーザー
operator-plan-max-storage = ストレージ（MiB）
operator-plan-max-emails = 月間メール数
operator-plan-limit-hint = 整数で入力してください。空欄は無制限です。
operator-plan-features = 機能
operator-plan-saved = プランを保存しました。
operator-plan-limit-invalid = 0～1,000,000,000 の整数を入力するか、無制限の場合は空欄にしてください。

## Deleting tenants and the audit log
tenant-status-deleted = 削除済み
operator-tenant-is-deleted = このテナントは削除されています。先に復元してください。
operator-tenant-deleted = テナントを削除しました。ポータルは「削除済み」と表示し、何も送信されません。完全消去までは復元できます。
operator-delete-confirm-mismatch = 確認のため、表示どおりにスラッグを入力してください。
operator-tenant-restored = テナントをすべてのデータとともに復元しました。
operator-tenant-not-deleted = このテナントは削除されていません。
operator-deleted-title = 削除済み
operator-deleted-body = このテナントは削除されています。ポータルは「削除済み」と表示し、誰もサインインできず、何も送信されません。{ $date } に完全消去が行われ、すべてのデータとファイルが完全に削除されます。それまでは復元できます。
operator-restore = テナントを復元
operator-delete-title = テナントの削除
operator-delete-body = ポータルはすぐに「削除済み」と表示し、以後何も送信されません。猶予期間が過ぎると、テナントのすべてのデータとファイルが完全に削除されます。ベンダーがデータを必要とする場合は、先にエクスポートしてください。
operator-delete-confirm = 確認のため { $slug } と入力してください
operator-delete-submit = テナントを削除
operator-audit = 監査ログ
operator-audit-intro = 運営者、コマンドライン、完全消去がプラットフォームで行った操作です（新しい順）。各エントリはハッシュで前のエントリと連結されており、`portico audit verify` で連鎖を検証できます。
audit-when = 日時
audit-who = 実行者
audit-action = 操作
audit-target = 対象
audit-changes = 変更内容
audit-from = 接続元
audit-empty = まだ何も記録されていません。
audit-actor-system = Portico（コマンドラインまたはジョブ）
audit-actor-anonymous = 訪問者
audit-actor-user = ユーザー
audit-actor-operator = 運営者
audit-actor-token = API トークン

## The tenant audit log
admin-audit = 監査ログ
admin-audit-intro = このポータルで行われたすべての変更です。誰が、何を、いつ、どこから行ったかを新しい順に表示します。エントリは変更も削除もできません。
audit-filter-who = 人（メールアドレス）
audit-filter-kind = 種類
audit-filter-any = すべて
audit-filter-from = 開始日
audit-filter-until = 終了日
audit-download-csv = CSV でダウンロード
audit-kind-deal = 案件
audit-kind-partner = パートナー
audit-kind-application = 申請
audit-kind-user = ユーザー
audit-kind-tenant = ポータル設定
audit-kind-sso = サインインプロバイダー
audit-kind-product = 製品
audit-kind-asset = アセット
audit-kind-campaign = キャンペーン
audit-kind-tier = ティア

## Platform API tokens
operator-tokens = API トークン
operator-tokens-intro = { $url } のプラットフォーム API 用のトークンです（Authorization: Bearer pop_… を送信）。トークンは作成した運営者として動作します。漏洩したトークンは失効させてください。
operator-token-made = 新しいトークン
operator-token-once = 今すぐコピーしてください。表示はこの一度だけで、ハッシュとしてのみ保存されます。
operator-token-name = 名前
operator-token-hint = 先頭
operator-token-owner = 運営者
operator-token-last-used = 最終使用
operator-tokens-empty = まだトークンはありません。
operator-token-never = 未使用
operator-token-revoked-state = 失効済み
operator-token-revoke = 失効
operator-token-revoked = トークンを失効させました。以後このトークンによるリクエストは拒否されます。
operator-token-new = トークンの作成
operator-token-name-hint = 用途（例：「プロビジョニングスクリプト」）。
operator-token-create = トークンを作成

## Export
export-title = データのエクスポート
export-intro = このポータルが保持するプログラムのすべて（パートナー、ユーザー、案件、アセット、キャンペーン、設定、利用状況、監査ログ）を 1 つの zip にまとめます。件数とチェックサムを記したマニフェスト、レコードの種類ごとの JSON Lines ファイル、保存されたファイルが含まれます。
export-download = エクスポートをダウンロード（zip）
export-request = 新しいエクスポートを準備
export-requested = エクスポートを準備しています。準備ができると下に表示され、メールでもお知らせします。
export-requested-operator = エクスポートを準備しています。準備ができると下に表示されます。
export-preparing = エクスポートを準備しています… この一覧は自動で更新されます。
export-refresh = 更新
export-none = まだエクスポートはありません。
export-column-requested = 依頼日時
export-column-by = 依頼者
export-column-status = 状態
export-column-file = ファイル
export-link-until = リンクの有効期限：{ $date }
export-status-queued = 待機中
export-status-running = 準備中
export-status-ready = 準備完了
export-status-failed = 失敗しました（新しく準備してください）
export-status-expired = リンクの期限切れ
notify-export-ready = データのエクスポートの準備ができました。{ $hours } 時間以内に利用状況ページからダウンロードしてください。
error-410-title = このリンクは期限切れです
error-410-body = このリンクの先はもうありません。ダウンロードリンクの有効期間は限られています。新しいリンクを依頼してください。

admin-api = API
api-intro = { $url } の API を使って、CRM や自動化ツールをこのポータルに接続できます。トークンは Authorization: Bearer ptk_… として送信してください。トークンはプログラム全体に対してベンダーのスタッフとして動作します。連携ごとに 1 つ作成し、漏えいしたものは取り消してください。
api-tokens = トークン
api-tokens-empty = まだトークンはありません。
api-token-made = 新しいトークン
api-token-once = 今すぐコピーしてください。表示されるのはこの 1 回だけで、後から読み出すことはできません。
api-token-name = 名前
api-token-name-hint = 用途（例：「CRM 同期」）。
api-token-scope = アクセス権
api-token-scope-hint = 読み取り専用は一覧と参照のみ。読み取りと書き込みでは、案件の登録と判断、パートナーとユーザーの管理もできます。
api-scope-read = 読み取り専用
api-scope-write = 読み取りと書き込み
api-token-scope-invalid = 読み取り専用か、読み取りと書き込みを選んでください。
api-token-hint = トークン
api-token-created = 作成日時
api-token-expires = 有効期限
api-token-expires-hint = 任意：この日にトークンは使えなくなります。取り消すまで使う場合は空欄のままにしてください。
api-token-expires-invalid = 今日より後で 3 年以内の日付を選ぶか、空欄にしてください。
api-token-no-expiry = なし
api-token-last-used = 最終使用
api-token-never = 未使用
api-token-revoke = 取り消す
api-token-revoked = 取り消し済み
api-token-expired = 期限切れ
api-token-revoked-done = トークンを取り消しました。今後このトークンによるリクエストは拒否されます。
api-token-create = トークンを作成
api-token-new = 新しいトークン

## Webhooks (Administration → Webhooks)
admin-webhooks = Webhook
webhooks-intro = Portico は各イベントの発生と同時に、Standard Webhooks 仕様に沿って署名した JSON をエンドポイントへ送信し、受信確認のないものは最長 3 日間再送します。
webhooks-empty = まだエンドポイントはありません。
webhook-url = エンドポイント URL
webhook-url-hint = 公開された https のアドレス。送信のたびに改めて確認されます。
webhook-description = 説明
webhook-events = イベント
webhook-events-hint = このエンドポイントが受け取るイベント。
webhook-enabled = 有効: このエンドポイントにイベントを送信する
webhook-add = エンドポイントを追加
webhook-add-submit = エンドポイントを追加
webhook-created = エンドポイントを追加しました。署名シークレットは下にあります。
webhook-url-invalid = https://crm.example.com/hooks のような完全なアドレスを入力してください。
webhook-url-refused = このアドレスでは Webhook を受け取れません。公開された https のアドレスを使ってください。
webhook-events-required = イベントを 1 つ以上選んでください。
webhook-status-on = 有効
webhook-status-off = 無効
webhook-status-gone = 無効: エンドポイントが 410 Gone を返しました
webhook-status-failing = 無効: 5 日間送信に失敗しました
webhook-failing-since = { $date } から失敗中
webhook-open = 開く
webhook-events-count = { $count ->
   *[other] { $n } 件のイベント
}
webhook-back = すべてのエンドポイント
webhook-secret = 署名シークレット
webhook-secret-show = 署名シークレットを表示
webhook-secret-hint = 各送信の webhook-signature ヘッダーをこれで検証してください。Standard Webhooks のライブラリならどれでも検証できます。
webhook-secret-unreadable = このサーバーはエンドポイントのシークレットを読めません (別のサーバーで作成されたものです)。シークレットを更新してください。
webhook-secret-overlap = { $date } までは以前のシークレットでも署名されるため、受信側は送信を取りこぼさずに切り替えられます。
webhook-rotate = シークレットを更新
webhook-rotated = 新しいシークレットを作成しました。今後 24 時間は以前のシークレットでも署名されます。
webhook-test = テストイベントを送信
webhook-test-hint = webhook.test メッセージがこのエンドポイントにだけ送られ、下のログに表示されます。
webhook-test-off = テストイベントを送信するには、エンドポイントを有効にしてください。
webhook-test-queued = テストイベントを送信中です。下のログに表示されます。
webhook-test-message = パートナーポータルからのテストメッセージです。
webhook-edit = 設定
webhook-deliveries = 送信履歴
webhook-deliveries-empty = このエンドポイントにはまだ何も送信されていません。
webhook-delivery-time = 日時
webhook-delivery-event = イベント
webhook-delivery-attempts = 試行回数
webhook-delivery-code = 応答
webhook-delivery-latency = 所要時間
webhook-delivery-response = 応答内容
webhook-delivery-next = 次回の試行
webhook-delivery-pending = 待機中
webhook-delivery-succeeded = 送信済み
webhook-delivery-failed = 失敗
webhook-latency = { $ms } ミリ秒
webhook-replay = 再送
webhook-replayed = 再送した件数: { $n }
webhook-replay-since = この日時以降に失敗した送信を再送
webhook-replay-since-hint = この日時 (UTC) 以降に作成され失敗した送信を、同じ webhook-id で再送します。
webhook-replay-since-submit = 失敗分を再送
webhook-replay-since-invalid = 日付と時刻を入力してください。
webhook-older = 以前の送信
webhook-delete = エンドポイントを削除
webhook-deleted = エンドポイントを削除しました。
webhook-disabled-subject = Webhook エンドポイントを無効にしました: { $url }
webhook-disabled-gone = エンドポイント { $url } が 410 Gone を返したため、ポータルはこのエンドポイントを無効にしました。
webhook-disabled-failing = { $url } への送信が 5 日間すべて失敗したため、ポータルはこのエンドポイントを無効にしました。
webhook-disabled-kept = イベントは失われません。エンドポイントを再び有効にすると待機中のものが送信され、失敗した送信はエンドポイントのページから再送できます。
webhook-disabled-open = エンドポイントを開く
webhook-event-deal-submitted = 案件が審査に提出された
webhook-event-deal-approved = 案件が承認された
webhook-event-deal-rejected = 案件が却下された
webhook-event-deal-info-requested = 案件について追加情報が求められた
webhook-event-deal-won = 案件を受注した
webhook-event-deal-lost = 案件を失注した
webhook-event-deal-expired = 案件の保護期間が終了した
webhook-event-partner-created = パートナー組織が追加された
webhook-event-partner-updated = パートナー組織が変更された
webhook-event-partner-suspended = パートナー組織が停止された
webhook-event-application-received = 企業からパートナー申請が届いた
webhook-event-user-invited = ユーザーが招待された
webhook-event-campaign-started = キャンペーンが始まった
webhook-event-campaign-activated = パートナーがキャンペーンを開始した

## The API and webhook reference (/api/reference)
api-reference = API と Webhook のリファレンス
api-reference-intro = このポータルの API のすべての呼び出しと、送信するすべてのイベントを、OpenAPI ドキュメントの記述どおりに示します。
api-reference-document = OpenAPI ドキュメント
api-reference-auth = 呼び出しには「管理 → API」で作成したトークンが必要です。Authorization: Bearer ptk_… として送信してください。金額は ISO 4217 通貨の最小単位の整数、日時は UTC の RFC 3339、エラーは application/problem+json です。
api-reference-calls = 呼び出し
api-reference-parameters = パラメーター
api-reference-body = 本文
api-reference-responses = 応答
api-reference-field = フィールド
api-reference-type = 型
api-reference-required = 必須
api-reference-yes = はい
api-reference-in = 場所
api-reference-description = 説明
api-reference-status = ステータス
api-reference-webhooks = Webhook
api-reference-webhooks-intro = 各イベントは type、timestamp、data を含む JSON として、webhook-id、webhook-timestamp、webhook-signature ヘッダーとともに送信されます。エンドポイントのシークレットで署名を検証し、15 秒以内に 2xx で応答してください。それ以外の応答は、すぐに、その後 5 秒、5 分、30 分、2・5・10・14・20 時間、1 日後に再送されます。410 を返すとエンドポイントは無効になります。
api-reference-objects = オブジェクト

## トレーニング：編集者が作成するコース (/admin/courses)
nav-training = トレーニング
breadcrumbs = パンくずリスト
form-number-range = { $min } から { $max } までの整数を入力してください。
upload-choose-file = アップロードするファイルを選択してください。
courses-title = コース
courses-intro = パートナーが自社製品について学ぶためのコースです。各テキストは、提供するすべての言語で作成してください。お使いの言語のテキストがないパートナーには、デフォルトの言語で表示されます。
courses-add = コースを追加
courses-add-submit = コースを追加する
courses-empty = コースはまだありません。コースを追加して、パートナーのトレーニングを始めましょう。
course-title = タイトル
course-summary = 概要
course-summary-hint = カタログでパートナーに表示される、1～2 文の説明です。
course-status = 状態
course-status-hint = コースは公開するとパートナーに表示されます。アーカイブしたコースは提供されなくなりますが、その認定証は引き続き有効です。
course-status-draft = 下書き
course-status-published = 公開中
course-status-archived = アーカイブ済み
course-lessons = レッスン
course-questions = 設問
course-languages = 言語
course-all-languages = すべて作成済み
course-missing-in = { $language } が未作成
course-locale-hint = この最初のテキストを作成する言語です。他の言語はコースのページで追加できます。
course-starts-as-draft = 新しいコースは下書きとして作成されます。公開するとパートナーに表示されます。
course-duration = 所要時間の目安（分）
course-duration-hint = 任意。パートナーに表示されるコースの所要時間です。
course-validity = 認定証の有効期間（か月）
course-validity-hint = 空欄の場合、認定証に有効期限はありません。
course-validity-none = 無期限
course-pass-mark = 合格ライン（%）
course-pass-mark-hint = 合格に必要なクイズの正答率です。
course-attempts = 受験可能回数
course-attempts-hint = 空欄の場合は無制限です。
course-shuffle = 受験のたびに設問の順序を入れ替える
course-reveal = 毎回の受験後に正解を表示する
course-reveal-hint = 表示しない場合、パートナーには合格するか受験回数を使い切るまで、どの設問を間違えたかだけが表示されます。
course-tiers = 表示するティア
course-tiers-hint = 選択しない場合はすべてのティアに表示されます。
course-created = コースを下書きとして追加しました。
course-texts-in = テキスト（{ $language }）
course-settings = 設定
course-cover = カバー画像
course-cover-alt = コースのカバー画像
course-no-cover = カバー画像はまだありません。
course-cover-file = 画像
course-cover-hint = PNG、JPEG、WebP（{ $size } まで）。
course-cover-upload = カバー画像をアップロード
course-cover-saved = カバー画像を保存しました。
course-preview-as = パートナーとしてプレビュー
course-preview-tier = パートナーティア
course-preview-open = プレビューを表示
course-preview-visible = { $tier } のパートナーにはこのコースが表示されます。
course-preview-hidden = { $tier } のパートナーにはこのコースは表示されません。公開されていないか、そのティア向けではありません。
course-problems = このコースを公開するには、次の対応が必要です：
course-problem-default-text = ポータルのデフォルトの言語（{ $language }）でタイトルを入力してください。
course-problem-no-lessons = レッスンを 1 つ以上追加してください。
course-problem-few-options = 設問 { $number } には選択肢が 2 つ以上必要です。
course-problem-no-right-option = 設問 { $number } に正解の選択肢がありません。
course-problem-several-right = 設問 { $number } は単一回答ですが、正解の選択肢が複数あります。
course-cannot-publish = このコースはまだ公開できません。不足している内容は上記をご確認ください。
course-published-told = コースを公開しました。パートナーユーザー { $count } 人に通知しました。
course-no-lessons = レッスンはまだありません。
course-move-up = 上へ
course-move-down = 下へ
course-move-up-label = 「{ $title }」を上へ移動
course-move-down-label = 「{ $title }」を下へ移動
course-remove = 削除
course-remove-label = 「{ $title }」を削除
course-quiz = クイズ
course-quiz-intro = パートナーは最後のレッスンの後にクイズを受けます。設問がない場合は、すべてのレッスンを終えるとコースを修了したことになります。
course-no-questions = 設問がありません。このコースにクイズはありません。
course-lesson-count = { $count ->
   *[other] { $n } レッスン
}
course-question-count = { $count ->
   *[other] { $n } 問
}
course-minutes = { $count ->
   *[other] { $n } 分
}
course-months = { $count ->
   *[other] { $n } か月
}

## レッスン
lesson-add = レッスンを追加
lesson-add-submit = レッスンを追加する
lesson-added = レッスンを追加しました。ここで本文を作成してください。
lesson-title = タイトル
lesson-untitled = 無題のレッスン
lesson-body = 本文（Markdown）
lesson-body-hint = Markdown：# 見出し、**太字**、*斜体*、- リスト、[リンク](https://…)、表。画像には、このレッスンのファイルまたは https のアドレスを使用できます。
lesson-video = 動画のリンク
lesson-video-hint = 任意、https。YouTube と Vimeo の動画はページ内で再生され、その他のアドレスはリンクとして表示されます。
form-invalid-https = https://www.youtube.com/watch?v=… のような https のアドレスを入力してください。
lesson-preview-button = プレビューを表示
lesson-live-preview = プレビュー
lesson-live-preview-hint = パートナーに表示される内容です。入力に合わせて更新されます。
lesson-files = ファイル
lesson-files-hint = パートナーが開ける PDF と画像です。本文に画像を表示するには、その行を本文にコピーしてください。
lesson-no-files = ファイルはまだありません。
lesson-file = ファイル
lesson-file-hint = PDF、PNG、JPEG、WebP（{ $size } まで）。
lesson-file-upload = ファイルをアップロード
lesson-file-use = 本文用：
lesson-file-added = ファイルを追加しました。
lesson-file-removed = ファイルを削除しました。
lesson-moved = レッスンを移動しました。
lesson-last-of-published = 公開中のコースには少なくとも 1 つのレッスンが必要です。先に別のレッスンを追加するか、コースをアーカイブしてください。
lesson-removed = レッスンを削除しました。
lesson-video-frame = 動画：{ $title }
lesson-watch-video = 動画を見る
lesson-position = レッスン { $number } / { $total }
lesson-pager = レッスン
lesson-done-next = 完了 — 次のレッスンへ
lesson-done-quiz = 完了 — クイズへ進む
lesson-done-finish = 完了 — コースを修了する

## クイズ
quiz-add-question = 設問を追加
quiz-question-number = 設問 { $number }
quiz-prompt = 設問
quiz-multiple = 正解が複数ある
quiz-options = 選択肢
quiz-options-hint = 正解の選択肢をすべてチェックしてください。新しい行を空欄のままにすると、その行は追加されません。
quiz-new-option = 新しい選択肢
quiz-option-number = 選択肢 { $number }
quiz-option-original = デフォルトの言語：{ $text }
quiz-option-right = 正解
quiz-option-remove = この選択肢を削除
quiz-explanation = 解説
quiz-explanation-hint = 任意。正解を表示するときに、結果とともに表示されます。
quiz-option-needs-text = すべての選択肢に、この言語のテキストが必要です。
quiz-two-options = 設問には選択肢が 2 つ以上必要です。
quiz-tick-right = 正解の選択肢をチェックしてください。
quiz-one-right = 正解にできる選択肢は 1 つだけです。複数にするには「正解が複数ある」をチェックしてください。
quiz-question-added = 設問を追加しました。
quiz-question-moved = 設問を移動しました。
quiz-question-removed = 設問を削除しました。
quiz-kind-single = 単一回答
quiz-kind-multiple = 複数回答
quiz-title = クイズ
quiz-pass-mark-line = 合格ライン：{ $percent }%
quiz-pick-one = 回答を 1 つ選んでください。
quiz-pick-several = 正しい回答をすべて選んでください。
quiz-submit = 回答を送信
quiz-start = クイズを始める
quiz-continue = クイズを続ける
quiz-retake = もう一度受ける
quiz-back-to-course = コースに戻る
quiz-see-certificate = 認定証を見る
quiz-attempts-left = 受験済み：{ $used } 回。残り：{ $left } 回。
quiz-attempts-unlimited = 受験済み：{ $used } 回。回数の制限はありません。
quiz-passed-state = 合格
quiz-result-title = 結果
quiz-passed = 合格です。
quiz-failed = 今回は不合格でした。
quiz-score = 得点は { $score }% です（合格ラインは { $mark }%）。
quiz-right-of = { $total } 問中 { $right } 問正解。
quiz-right = 正解
quiz-wrong = 不正解
quiz-your-answer = あなたの回答
quiz-right-answer = 正解
quiz-answers-hidden = 正解は、合格するか受験回数を使い切ると表示されます。
quiz-answer-this = この設問に回答してください。
quiz-one-answer-only = この設問では回答を 1 つだけ選んでください。
quiz-passed-flash = おめでとうございます。クイズに合格しました。
quiz-failed-flash = 今回は不合格でした。間違えた設問を確認してください。
quiz-refused-lessons-first = クイズを受けるには、すべてのレッスンを完了してください。
quiz-refused-passed = このクイズにはすでに合格しています。もう一度受けるには、コースを更新してください。
quiz-refused-no-attempts = このクイズの受験回数は残っていません。ベンダーのご担当者にお問い合わせください。
quiz-refused-already-submitted = この回の回答はすでに送信されています。最初の回答が有効です。
quiz-refused-forged = これらの回答はこのクイズのものではありません。何も記録されていません。
quiz-refused-unanswered = { $count ->
   *[other] 未回答の設問が { $n } 問あります。
}
quiz-refused-several = 単一回答の設問に、複数の回答が選ばれています。

## コースの受講 (/training)
training-title = トレーニング
training-intro = 貴社のティア向けのコースです。コース（とそのクイズ）を修了すると、誰でも検証できる認定証を取得できます。
training-search = コースを検索
training-filter-status = 進捗状況
training-filter-any = すべて
training-filter-apply = 表示
training-filter-clear = 絞り込みを解除
training-empty = 貴社のティア向けのコースはまだありません。
training-none-match = 条件に一致するコースはありません。
training-progress = 進捗
training-percent = { $percent }%
training-enrol = このコースを始める
training-enrolled = 受講登録が完了しました。最初のレッスンはこちらです。
training-enrol-first = 先にコースを開始してください。
training-start = 最初のレッスンを開く
training-resume = 前回の続きから再開
training-lesson-done = レッスンを完了しました。
training-lessons-done = すべてのレッスンを完了しました。
training-lesson-done-badge = 完了
training-certified = おめでとうございます。コースを修了しました。認定証はこちらです。
training-certificate-after = コースを修了すると認定証を取得できます。
training-renew = 認定証を更新する
training-renew-hint = 有効期限の前でも後でも、コースをもう一度受講すると（クイズ、またはクイズがない場合はレッスン）認定証を更新できます。
training-renewal-open = 更新を開始しました。コースをもう一度修了すると、更新された認定証を受け取れます。
training-renewal-started = 更新を開始しました。コースをもう一度修了すると、認定証が更新されます。
training-renew-nothing = このコースには、更新できる認定証がまだありません。
training-my-certificates = 取得した認定証
training-no-certificates = 認定証はまだありません。
learner-status-not_started = 未開始
learner-status-in_progress = 受講中
learner-status-completed = 修了
learner-status-certified = 認定済み
learner-status-expiring = まもなく期限切れ

## 認定証
cert-title = 認定証
cert-heading = 修了認定証
cert-certifies = 以下の方が
cert-completed = 次のコースを修了したことを証明します
cert-issued = 発行日
cert-expires = 有効期限
cert-status = ステータス
cert-never-expires = 無期限
cert-issued-on = { $date } 発行
cert-expires-on = 有効期限 { $date }
cert-status-active = 有効
cert-status-expiring = まもなく期限切れ
cert-status-expired = 期限切れ
cert-status-renewed = 更新済み
cert-status-revoked = 取り消し済み
cert-banner-expiring = この認定証の有効期限は 30 日以内に切れます。コースをもう一度受講して更新してください。
cert-banner-expired = この認定証は有効期限が切れています。
cert-banner-renewed = この認定証は更新され、新しい認定証に置き換えられています。
cert-banner-revoked = この認定証は取り消されています。
cert-banner-active = この認定証は有効です。
cert-revoked-reason = 理由：{ $reason }
cert-verify-at = この認定証の確認先：
cert-qr-label = 検証用アドレスの QR コード
cert-print = 印刷
cert-print-hint = ポータルのメニューを除いて、A4 または Letter の用紙 1 枚に印刷されます。
cert-download-credential = デジタル認定証をダウンロード
cert-credential-hint = このポータルが署名した Open Badges 3.0 形式のデジタル認定証です。ウォレットに追加したり共有したりできます。誰でも署名と、取り消されていないかを確認できます。
cert-open-verification = 検証ページを開く
cert-renews = この認定証は、次の認定証を更新したものです：
cert-renewed-by = 次の認定証により更新されました：
cert-revoke-title = この認定証を取り消す
cert-revoke-reason = 理由
cert-revoke-hint = 保有者と認定証に表示されます。取り消しは元に戻せません。保有者は新しい認定証を取得できます。
cert-revoke = 認定証を取り消す
cert-revoked-flash = 認定証を取り消しました。
cert-already-revoked = この認定証はすでに取り消されています。
credential-criteria-quiz = コースのすべてのレッスンを修了し、クイズに { $mark }% 以上の得点で合格しました。
credential-criteria-lessons = コースのすべてのレッスンを修了しました。
credential-description = コース「{ $course }」を修了しました。
verify-title = 認定証の検証
verify-valid = この認定証は有効です。
verify-holder = 保有者
verify-organisation = 組織
verify-course = コース
verify-vendor = 発行者
verify-explainer = このページは認定証固有のアドレスです。認定証に記載された内容と、現在も有効かどうかだけを表示します。

## トレーニングレポート (/training/reports)
reports-title = トレーニングレポート
reports-intro-staff = すべてのパートナー組織について、誰がどのコースを受講し、どこまで進んでいるかを示します。
reports-intro-partner = 貴社で誰がどのコースを受講し、どこまで進んでいるかを示します。
reports-own-organisation = 貴社のトレーニングレポート
reports-views = レポートの表示
reports-by-course = コース別
reports-by-organisation = 組織別
reports-by-person = 個人別
reports-csv = CSV でダウンロード
reports-empty = この条件で表示できる内容はありません。
report-course = コース
report-organisation = 組織
report-person = 氏名
report-email = メールアドレス
report-status = ステータス
report-progress = 進捗
report-enrolled = 受講登録日
report-search = 氏名またはメールアドレス
report-status-in_progress = 受講中
report-status-completed = 修了
report-status-certified = 認定済み
report-status-expiring = まもなく期限切れ
report-status-expired = 期限切れ

## 認定の要件 (/admin/certification, /organisation)
certification-title = 認定
certification-intro = 各ティアがパートナー組織に求める条件、つまりコースの認定証を保有する人数です。認定証の期限切れが近い組織は、リスクありとして表示されます。
certification-at-risk = リスクのある組織
certification-none-at-risk = すべての組織がティアの要件を満たしています。
certification-tier = ティア
certification-holders-of = { $needed } 人中 { $holders } 人
certification-requirements = ティアごとの要件
certification-tier-none = 要件はありません。
certification-requirement-line = { $course } の認定者 { $people } 人
certification-no-courses = 先にコースを追加してください。
certification-add = 要件を追加または変更
certification-add-submit = 要件を保存
certification-people = 必要な人数
certification-people-hint = 各組織で認定証を保有している必要がある人数です。
certification-settings = 猶予期間と検証
certification-grace = { $tier } の猶予期間（日）
certification-grace-hint = 必要な認定証の有効期限がこの日数以内に切れる場合、その組織はリスクありとなります。
certification-show-organisation = 検証ページに保有者の組織名を表示する
certification-show-organisation-hint = オフの場合は、保有者、コース、ベンダー、日付、ステータスのみが表示されます。
requirement-saved = 要件を保存しました。
requirement-removed = 要件を削除しました。
compliance-met = 達成
compliance-at_risk = リスクあり
compliance-unmet = 未達成
org-certification = 貴社のティアで求められる認定
org-certification-intro = ティアを維持できるよう、認定を受けた人数を確保してください。期限切れが近い認定証があると、ティアの維持が危うくなります。
org-certification-needed = 必要な人数
org-certification-holders = 現在の認定者数
org-certification-expires = 認定証の有効期限：{ $date }

## 通知（ポータル内とメール）
notify-course-published = 新しいコースが公開されました：{ $title }
notify-certificate-expiring = { $course } の認定証の有効期限は { $date } です。更新するには、コースをもう一度受講してください。
notify-certificate-expired = { $course } の認定証は { $date } に有効期限が切れました。更新するには、コースをもう一度受講してください。

## ホーム（ロールごとのダッシュボード）
home-fallback-welcome-no-campaigns = { $vendor }のパートナーポータルです。パートナーの皆様は、こちらで案件登録やトレーニングの受講を行えます。
dash-title = ホーム
dash-greeting = ようこそ、{ $name } 様
dash-needs-action = 対応が必要な案件
dash-needs-action-none = 対応待ちの案件はありません。ベンダーから差し戻された案件はここに表示されます。
dash-open-deals = { $count ->
    [one] 進行中の案件 { $n } 件
   *[other] 進行中の案件 { $n } 件
}
dash-protections-ending = まもなく保護期限が切れる案件
dash-protections-none = 今後 30 日以内に保護期限が切れる案件はありません。
dash-protected-until = 保護期限：{ $date }
dash-recent-decisions = 最近の判断
dash-decisions-none = 判断はまだありません。
dash-standing = 貴社の状況
dash-won-this-year = 今年の受注
dash-won-deals = { $count ->
    [one] { $n } 件
   *[other] { $n } 件
}
dash-certified-people = 認定者
dash-requirement = { $course }：{ $holders }
dash-next-tier = { $tier } に到達するには
dash-next-tier-ask = 上位ティアへの昇格に必要な条件は、担当のチャネルマネージャーにお問い合わせください。
dash-training-none = 受講中のコースも、まもなく期限切れになる認定証もありません。
dash-expiring-certificates = まもなく期限切れになる認定証
dash-to-training = トレーニングカタログを見る
dash-all-notifications = すべての通知
dash-people = 貴社のメンバー
dash-active-people = { $count ->
    [one] 有効なユーザー { $n } 人
   *[other] 有効なユーザー { $n } 人
}
dash-invited = 招待済み（未ログイン）
dash-figures = プログラムの現状
dash-queue = 審査待ちの案件
dash-oldest = 最も古いものは{ $age }待機中
dash-days-ago = { $count ->
    [0] 本日から
    [one] { $n } 日前から
   *[other] { $n } 日前から
}
dash-conflicts = 競合の可能性
dash-applications = パートナー応募
dash-protections-soon = 30 日以内に保護期限が切れる案件
dash-pipeline = 今四半期のパイプライン
dash-since = { $date } 以降に登録された案件
dash-pipeline-none = 今四半期に登録された案件はまだありません。
dash-your-content = コンテンツ
dash-missing-texts = 翻訳が未作成
dash-enrolled-month = 今月の受講登録
dash-certified-month = 今月発行の認定証
dash-assets-published = 公開中
dash-assets-draft = 下書き
setup-title = ポータルのセットアップ
setup-all-done = セットアップはすべて完了しています。パートナーに必要な準備は整っています。
setup-progress = { $total } ステップ中 { $done } ステップ完了
setup-done = 完了
setup-to-do = 未完了
setup-branding = ロゴとカラーを設定
setup-branding-hint = すべてのページとメールで、パートナーに自社のブランドが表示されます。
setup-languages = 言語を選択
setup-languages-hint = パートナーが使用する言語でポータルを提供できます。
setup-products = 製品を追加
setup-products-hint = パートナーは案件を登録する際に、これらの製品から選択します。
setup-tiers = パートナーティアを確認
setup-tiers-hint = ティアによって、保護期間、割引、パートナーに表示される内容が決まります。
setup-sign-in = ID プロバイダーを連携
setup-sign-in-hint = 社内スタッフやパートナーが、それぞれの ID プロバイダーでログインできるようにします。
setup-team = チームを招待
setup-team-hint = チャネルマネージャーは案件を審査し、コンテンツ編集者はコースやキャンペーンを作成します。
setup-first-partner = 最初のパートナーを招待
setup-first-partner-hint = パートナー組織を招待するか、パートナーの応募を承認してください。

## レポート通貨と為替レート
money-converted = { $value }（換算）
analytics-unvalued = { $count ->
    [one] レート未設定の案件 { $n } 件
   *[other] レート未設定の案件 { $n } 件
}
analytics-range = 期間
analytics-all-time = 全期間を表示
analytics-total-value = 合計金額は { $value } です。
analytics-converted-at = 金額は { $currency } で表示しており、設定済みの為替レートで換算しています（最も古いレートは { $date } 時点）。
analytics-in-currency = 金額は { $currency } で表示しています。
analytics-value = 金額（{ $currency } 換算）
dash-of = { $have } / { $need }
dash-needs-won-value = 今年の受注金額：{ $progress }
dash-needs-won-deals = 今年の受注案件数：{ $progress }
dash-won-deals-label = 今年の受注案件数
tiers-min-won-value = 条件となる年間受注金額（{ $currency }）
tiers-min-won-deals = 条件となる年間受注案件数
tiers-invalid-amount = 25000 や 25,000.50 のような形式で、{ $currency } の金額を入力してください。
tiers-currency-hint = 金額はレポート通貨の { $currency } で指定します。ほかの通貨の案件は、設定済みの為替レートで換算して比較します。
currency-title = 通貨と為替レート
currency-intro = 案件は登録時の通貨のまま保持されます。複数の案件にまたがる数値（金額による並べ替え、金額での絞り込み、分析、ティアの条件、パートナーの状況）は、ここで管理する為替レートで換算し、単一のレポート通貨で表示します。
currency-reporting = レポート通貨
currency-reporting-hint = 変更すると、新しい通貨にレートが設定されている場合は、現在のレポート通貨を介して各レートが換算し直されます。設定されていない場合は、レートがすべて削除されます。
currency-reporting-save = レポート通貨を変更
currency-invalid = 一覧から通貨を選択してください。
currency-rates = 為替レート
currency-rates-hint = 通貨ごとに、1 単位が { $reporting } でいくらになるかと、レートの基準日を入力します。レートを空欄にすると削除されます。
currency-unconverted = { $count ->
    [one] レートが設定されていない通貨の案件が { $n } 件あります。これらの案件は、複数の案件にまたがる数値で件数には含まれますが、金額には反映されません。
   *[other] レートが設定されていない通貨の案件が { $n } 件あります。これらの案件は、複数の案件にまたがる数値で件数には含まれますが、金額には反映されません。
}
currency-currency = 通貨
currency-rate = レート
currency-as-of = レートの基準日
currency-as-of-of = { $currency } のレートの基準日
currency-one-unit = 1 { $currency } あたりの { $reporting }
currency-deals = { $count ->
    [one] { $n } 件
   *[other] { $n } 件
}
currency-rate-invalid = { $currency } のレートは、1.0842 のように 0 より大きい数値で入力してください。
currency-date-invalid = { $currency } のレートの基準日には、今日以前の日付を入力してください。
currency-rates-save = レートを保存
