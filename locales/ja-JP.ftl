# Portico — 日本語（日本）、ロケール ja-JP。en-US.ftl の翻訳です。
# メッセージ ID と変数は en-US.ftl と同一です。

## レイアウト
skip-to-content = メインコンテンツへスキップ
nav-main-label = メインナビゲーション
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
