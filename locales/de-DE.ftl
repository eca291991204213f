# Portico — Deutsch (Deutschland), Locale de-DE. Übersetzung von en-US.ftl:
# dieselben Nachrichten-IDs mit denselben Variablen.

## Layout
skip-to-content = Zum Hauptinhalt springen
nav-main-label = Hauptnavigation
nav-home = Startseite
language-switcher-label = Sprache
language-switcher-submit = Sprache ändern
language-current = { $language } (aktuelle Sprache)
footer-powered-by = Bereitgestellt von Portico
footer-links-label = Nützliche Links
flash-dismiss = Meldung schließen
flash-language-changed = Das Portal wird jetzt auf { $language } angezeigt.

## Sprachnamen, jeweils in der eigenen Sprache
language-name-en-US = English
language-name-de-DE = Deutsch
language-name-fr-FR = Français
language-name-es-ES = Español
language-name-ja-JP = 日本語

## Startseite des Mandanten
home-title = Willkommen bei { $portal }
home-fallback-welcome = Dies ist das Partnerportal von { $vendor }. Hier registrieren Partner Deals, absolvieren Schulungen und führen Co-Branding-Kampagnen durch.
home-updated = Programminformationen zuletzt aktualisiert: { $date }.

## Plattform-Host
platform-title = Portico
platform-heading = Partnerportale für jeden Anbieter
platform-lead = Unter dieser Adresse wird Portico selbst betrieben. Das Partnerportal jedes Anbieters hat eine eigene Adresse, zum Beispiel { $example }.
platform-operators = Plattformbetreiber verwalten Portale über die Kommandozeile, zum Beispiel mit „portico tenant list“.

## Fehlerseiten
error-400-title = Ungültige Anfrage
error-400-body = Die Anfrage konnte nicht verarbeitet werden. Prüfen Sie die Adresse und versuchen Sie es erneut.
error-403-title = Zugriff verweigert
error-403-body = Sie haben keine Berechtigung, diese Seite zu öffnen.
error-404-title = Seite nicht gefunden
error-404-body = Unter dieser Adresse gibt es keine Seite. Möglicherweise wurde sie verschoben oder der Link ist fehlerhaft.
error-404-host-body = Unter dieser Adresse ist kein Partnerportal eingerichtet. Prüfen Sie die Adresse, die Ihnen mitgeteilt wurde.
error-405-title = Aktion nicht zulässig
error-405-body = Diese Seite unterstützt diese Art von Anfrage nicht.
error-413-title = Anfrage zu groß
error-413-body = Die gesendeten Daten sind größer, als dieses Portal akzeptiert. Kürzen Sie sie und versuchen Sie es erneut.
error-500-title = Etwas ist schiefgelaufen
error-500-body = Ein unerwarteter Fehler hat die Anzeige dieser Seite verhindert. Das Problem wurde protokolliert. Bitte versuchen Sie es in Kürze erneut.
error-503-title = Vorübergehend nicht verfügbar
error-503-body = Das Portal kann gerade nicht antworten. Bitte versuchen Sie es in Kürze erneut.
error-reference = Referenz { $reference }, { $time }
error-back-home = Zur Startseite
suspended-title = Dieses Portal ist gesperrt
suspended-body = Das Partnerportal von { $portal } ist derzeit nicht verfügbar. Bitte wenden Sie sich für weitere Informationen an den Anbieter.

## Rollen
role-vendor_admin = Anbieter-Administrator
role-channel_manager = Channel-Manager
role-marketing_editor = Marketing-Redakteur
role-partner_admin = Partner-Administrator
role-partner_user = Partner-Benutzer

## E-Mail
mail-greeting = Hallo { $name },
mail-footer = Gesendet von { $portal } · { $url }
mail-invitation-subject = Ihre Einladung zu { $portal }
mail-invitation-body = Sie wurden mit der Rolle „{ $role }“ zu { $portal } eingeladen. Nehmen Sie die Einladung an, um Ihr Passwort festzulegen und sich anzumelden.
mail-invitation-action = Einladung annehmen
mail-invitation-expiry = Dieser Link kann nur einmal verwendet werden und läuft am { $date } ab.
mail-invitation-ignore = Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.

## Entwicklungspostfach (wird angezeigt, wenn kein SMTP-Server konfiguriert ist)
dev-mailbox-title = Entwicklungspostfach
dev-mailbox-intro = Es ist kein SMTP-Server konfiguriert, daher legt Portico jede E-Mail in { $path } ab. Die neuesten Nachrichten stehen oben.
dev-mailbox-empty = Es wurden noch keine E-Mails abgelegt.
dev-mailbox-date = Datum
dev-mailbox-to = An
dev-mailbox-from = Von
dev-mailbox-subject = Betreff
dev-mailbox-message-id = Message-ID
dev-mailbox-text-part = Textteil
dev-mailbox-html-part = HTML-Teil
dev-mailbox-back = Alle Nachrichten
nav-mailbox = Postfach
