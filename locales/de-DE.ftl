# Portico — Deutsch (Deutschland), Locale de-DE. Übersetzung von en-US.ftl:
# dieselben Nachrichten-IDs mit denselben Variablen.

## Layout
skip-to-content = Zum Hauptinhalt springen
nav-main-label = Hauptnavigation
nav-menu = Menü
nav-marketing = Marketing
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
removed-title = Dieses Portal wurde entfernt
removed-body = Das Partnerportal von { $portal } wurde entfernt. Bitte wenden Sie sich für weitere Informationen an den Anbieter.

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

## Navigation für angemeldete Benutzer
nav-admin = Administration
nav-organisation = Meine Organisation
nav-sign-in = Anmelden
nav-sign-out = Abmelden

## Formulare
form-required = Bitte füllen Sie dieses Feld aus.
form-too-long = Bitte verwenden Sie höchstens { $max } Zeichen.
form-invalid-characters = Dieses Feld enthält unzulässige Zeichen.
form-invalid-email = Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.
form-invalid-choice = Bitte wählen Sie eine der angebotenen Optionen.
form-saved = Ihre Änderungen wurden gespeichert.
form-error-summary = { $count ->
    [one] Bitte korrigieren Sie ein Feld
   *[other] Bitte korrigieren Sie { $n } Felder
}
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-password-confirm = Neues Passwort wiederholen
field-name = Name

## Anmeldung
sign-in-heading = Anmelden
sign-in-continue = Weiter
sign-in-submit = Anmelden
sign-in-email-first = Geben Sie Ihre geschäftliche E-Mail-Adresse ein. Wenn sich Ihr Unternehmen über einen eigenen Identitätsanbieter anmeldet, leiten wir Sie dorthin weiter.
sign-in-other-address = Andere Adresse verwenden
sign-in-with-provider = Oder melden Sie sich mit dem Konto Ihrer Organisation an:
sign-in-wrong-credentials = E-Mail-Adresse oder Passwort ist nicht korrekt.
sign-in-organisation-suspended = Der Zugang Ihrer Organisation zu { $portal } ist gesperrt; niemand aus ihr kann sich anmelden. Bitte wenden Sie sich an Ihren Ansprechpartner beim Hersteller.
sign-in-throttled = Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
sign-in-sso-failed = Die Anmeldung über den Identitätsanbieter Ihrer Organisation hat nicht funktioniert. Bitte versuchen Sie es erneut oder wenden Sie sich an Ihren Administrator.
flash-signed-out = Sie wurden abgemeldet.
flash-welcome = Willkommen! Ihr Passwort ist festgelegt und Sie sind angemeldet.
flash-password-changed = Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden abgemeldet.

## Passwörter
password-hint = Mindestens 12 Zeichen. Einige zusammenhanglose Wörter ergeben ein sicheres Passwort, das man sich gut merken kann.
password-too-short = Das Passwort muss mindestens 12 Zeichen lang sein.
password-too-long = Das Passwort darf höchstens 128 Zeichen lang sein.
password-too-common = Dieses Passwort ist zu verbreitet oder zu einfach. Bitte wählen Sie ein anderes.
password-like-email = Das Passwort darf Ihrer E-Mail-Adresse nicht ähneln.
password-mismatch = Die beiden Passwörter stimmen nicht überein.
set-password-submit = Passwort speichern und anmelden

## Einladungen und Zurücksetzen des Passworts
invitation-heading = { $portal } beitreten
invitation-intro = Wählen Sie ein Passwort für Ihr neues Konto.
invitation-invalid-heading = Diese Einladung kann nicht verwendet werden
invitation-invalid-body = Der Link ist abgelaufen, wurde bereits verwendet oder ist unvollständig. Bitten Sie die Person, die Sie eingeladen hat, Ihnen eine neue Einladung zu senden.
reset-heading = Neues Passwort wählen
reset-intro = Geben Sie ein neues Passwort für Ihr Konto ein. Überall sonst, wo Sie angemeldet sind, werden Sie abgemeldet.
reset-invalid-heading = Dieser Link kann nicht verwendet werden
reset-invalid-body = Der Link zum Zurücksetzen des Passworts ist abgelaufen, wurde bereits verwendet oder ist unvollständig. Sie können einen neuen Link anfordern.
forgot-link = Passwort vergessen?
forgot-heading = Passwort zurücksetzen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
forgot-submit = Link senden
forgot-sent-heading = Prüfen Sie Ihre E-Mails
forgot-sent-body = Falls ein Konto mit dieser Adresse existiert, haben wir einen Link zum Wählen eines neuen Passworts an diese Adresse gesendet. Der Link ist eine Stunde lang gültig.
mail-reset-subject = Passwort für { $portal } zurücksetzen
mail-reset-body = Jemand hat angefordert, das Passwort Ihres Kontos bei { $portal } zurückzusetzen. Wenn Sie das waren, wählen Sie über den folgenden Link ein neues Passwort.
mail-reset-action = Neues Passwort wählen
mail-reset-expiry = Der Link kann nur einmal verwendet werden und läuft in { $minutes } Minuten ab.
mail-reset-ignore = Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

## Weitere Fehler
error-csrf-body = Dieses Formular wurde von einer anderen Seite gesendet oder ist abgelaufen. Laden Sie die Seite neu und versuchen Sie es erneut.
error-429-title = Zu viele Versuche
error-429-body = Bitte warten Sie einige Minuten, bevor Sie es erneut versuchen.

## Administration
admin-nav-label = Administrationsbereiche
admin-overview = Übersicht
admin-overview-intro = Über die Bereiche links können Sie Ihr Portal an Ihre Marke anpassen, seine Sprachen auswählen, seine Texte ändern sowie Benutzer, Partner und die Anmeldung verwalten.
admin-branding = Branding
admin-languages = Sprachen
admin-texts = Oberflächentexte
admin-users = Benutzer
admin-partners = Partner
admin-sso = Anmeldedienste
admin-mail = E-Mail-Protokoll
admin-stat-users = Benutzer
admin-stat-partners = Partnerorganisationen
admin-stat-storage = Gespeicherte Dateien
admin-stat-queued-mail = Wartende E-Mails
form-save = Speichern

## Branding
branding-portal-name = Portalname
branding-primary-color = Primärfarbe
branding-accent-color = Akzentfarbe
branding-mail-sender = Absendername in E-Mails
branding-footer-links = Links in der Fußzeile
branding-footer-links-hint = Ein Link pro Zeile im Format „Bezeichnung | https://example.com“.
branding-invalid-color = Bitte wählen Sie eine Farbe wie #1f4e8c.
branding-invalid-link = Diese Zeile hat nicht das Format „Bezeichnung | https://…“: { $line }
branding-preview = Vorschau
branding-preview-heading = Willkommen im Partnerprogramm
branding-preview-button = Deal registrieren
branding-logo = Logo
branding-logo-current = Aktuelles Logo
branding-logo-file = Logodatei
branding-logo-hint = PNG, JPEG oder WebP, höchstens 512 KB. Ein quadratisches Bild wirkt am besten.
branding-logo-upload = Logo hochladen
branding-logo-saved = Das neue Logo ist jetzt aktiv.
branding-logo-missing = Bitte wählen Sie eine Bilddatei aus.

## Sprachen
languages-enabled = Angebotene Sprachen
languages-default = Standardsprache
languages-default-not-enabled = Die Standardsprache muss eine der angebotenen Sprachen sein.
languages-welcome = Begrüßungstext
languages-welcome-locale = Sprache des Textes
languages-welcome-open = Diese Sprache bearbeiten
languages-welcome-text = Begrüßungstext auf der Startseite
languages-welcome-hint = Reiner Text; lassen Sie zwischen Absätzen eine Leerzeile.
welcome-empty = Der Begrüßungstext darf nicht leer sein.

## Oberflächentexte
texts-intro = Ersetzen Sie beliebige Texte des Portals für Ihre Partner, getrennt nach Sprache – nennen Sie zum Beispiel einen „Deal“ stattdessen „Verkaufschance“. Platzhalter wie { "{ $portal }" } werden weiterhin wie bisher ausgefüllt.
texts-locale = Sprache
texts-search = Nach ID oder Text suchen
texts-search-submit = Suchen
texts-count = Passende Texte: { $count }
texts-id = ID
texts-built-in = Standardtext
texts-override = Ihr Text
texts-override-for = Ihr Text für { $id }
texts-reset = Standardtext verwenden
texts-removed = Es wird wieder der Standardtext verwendet.
texts-invalid = Der Text ist zu lang oder enthält unzulässige Zeichen.
texts-error-brace = Eine geschweifte Klammer muss einen Platzhalter wie { "{ $portal }" } öffnen und schließen; ein einzelnes „{ "{" }“ oder „{ "}" }“ ist nicht erlaubt.
texts-error-default = Eine Auswahl zwischen Formen braucht genau eine Standardform, markiert mit *.
texts-error-reference = Ein Text darf nicht auf andere Meldungen, Begriffe oder Funktionen verweisen.
texts-error-placeholder = { $name } ist kein Platzhalter dieses Textes. Er hat: { $known }.
texts-error-no-placeholders = { $name } ist kein Platzhalter dieses Textes; er hat keine.
texts-error-syntax = Der Text ist für diese Meldung nicht gültig (der Parser meldet: { $detail }).
texts-rename = Begriff umbenennen
texts-rename-intro = Ersetzen Sie ein Wort in allen Texten dieser Sprache auf einmal – zum Beispiel „Deal“ durch „Opportunity“. Nur ganze Wörter, in der vorgefundenen Schreibweise; Platzhalter bleiben unverändert. Sie sehen jede Änderung, bevor sie gespeichert wird.
texts-rename-from = Bisheriger Begriff
texts-rename-to = Neuer Begriff
texts-rename-preview = Änderungen ansehen
texts-rename-same = Der neue Begriff muss sich vom bisherigen nicht nur in der Groß- und Kleinschreibung unterscheiden (die Schreibweise in jedem Text bleibt erhalten).
texts-rename-summary = „{ $from }“ wird in { $language } zu „{ $to }“.
texts-rename-none = Kein Text dieser Sprache enthält diesen Begriff als ganzes Wort: Es würde sich nichts ändern.
texts-rename-back = Zurück zu den Texten
texts-rename-count = { $count ->
    [one] Ein Text ändert sich:
   *[other] { $count } Texte ändern sich:
}
texts-rename-preview-caption = Texte vor und nach der Umbenennung
texts-rename-before = Jetzt
texts-rename-after = Nach der Umbenennung
texts-rename-apply = { $count ->
    [one] Diesen Text ändern
   *[other] Diese { $count } Texte ändern
}
texts-rename-cancel = Abbrechen
texts-renamed = Der Begriff wurde umbenannt. Jeder geänderte Text lässt sich unten auf den eingebauten Text zurücksetzen.

## Benutzer
users-organisation = Organisation
users-role = Rolle
users-status = Status
users-actions = Aktionen
users-role-of = Rolle von { $name }
users-change-role = Ändern
users-deactivate = Deaktivieren
users-reactivate = Reaktivieren
users-resend = Einladung erneut senden
users-invite = Benutzer einladen
users-invite-submit = Einladung senden
users-invited = Eine Einladung an { $email } ist unterwegs.
users-invitation-resent = Eine neue Einladung wurde gesendet.
users-deactivated = Der Benutzer wurde deaktiviert und überall abgemeldet.
users-reactivated = Der Benutzer kann sich wieder anmelden.
users-email-taken = Diese E-Mail-Adresse wird in diesem Portal bereits verwendet.
users-role-mismatch = Diese Rolle passt nicht zur Organisation: Mitarbeiterrollen sind für Ihr eigenes Unternehmen bestimmt, Partnerrollen für Partner.
users-role-not-allowed = Sie können diese Rolle weder vergeben noch ändern.
users-own-account = Ihr eigenes Konto können Sie hier nicht ändern.
user-status-invited = Eingeladen
user-status-active = Aktiv
user-status-disabled = Deaktiviert

## Partner
partners-empty = Noch keine Partnerorganisationen vorhanden.
partners-tier = Partnerstufe
partners-count = { $count ->
    [one] eine Partnerorganisation
   *[other] { $n } Partnerorganisationen
}
partners-country = Land
partners-country-hint = Tippen Sie den Namen und wählen Sie ihn aus der Liste, oder geben Sie den zweistelligen Code ein (DE, JP).
partners-domains = E-Mail-Domains
partners-domains-hint = Durch Kommas getrennt, zum Beispiel partner.com, partner.de. Damit werden die Benutzer des Partners bei der Anmeldung erkannt.
partners-website = Website
partners-add = Partnerorganisation hinzufügen
partners-add-submit = Partner hinzufügen
partners-created = { $name } wurde hinzugefügt.
partners-name-taken = Es gibt bereits einen Partner mit diesem Namen.
partners-invalid-website = Bitte geben Sie eine Webadresse ein, etwa fabrikam.example oder https://fabrikam.example.
partners-invalid-country = Wählen Sie ein Land aus der Liste, oder geben Sie einen zweistelligen Ländercode wie DE ein.
partners-invalid-domains = Bitte geben Sie Domains wie partner.com durch Kommas getrennt an.

## E-Mail-Protokoll
mail-log-empty = Von diesem Portal wurden noch keine E-Mails gesendet.
mail-log-attempts = Versuche
mail-log-last-error = Letzter Fehler: { $error }
mail-log-retry = Erneut versuchen
mail-requeued = Die Nachricht wird in Kürze erneut gesendet.
mail-status-queued = Wartend
mail-status-sent = Gesendet
mail-status-parked = Fehlgeschlagen

## Anmeldedienste
sign-in-sso-failed-heading = Anmeldung fehlgeschlagen
sso-intro = Ermöglichen Sie Partnern und Mitarbeitern die Anmeldung über den Identitätsanbieter ihres eigenen Unternehmens (OpenID Connect). Jeder Anmeldedienst gehört zu einer Organisation und gilt für die E-Mail-Domains, die Sie angeben.
sso-add = Anmeldedienst hinzufügen
sso-empty = Noch keine Anmeldedienste vorhanden.
sso-issuer = Aussteller-URL (Issuer)
sso-issuer-hint = Der Aussteller (Issuer) des Dienstes, zum Beispiel https://login.example.com. Sein Discovery-Dokument wird beim Speichern geprüft.
sso-invalid-issuer = Bitte geben Sie den Aussteller als URL ein, die mit https:// beginnt.
sso-discovery-unreachable = Der Dienst unter { $issuer } war nicht erreichbar. Prüfen Sie die Adresse und ob der Dienst von dort antwortet, wo Portico läuft.
sso-discovery-status = Der Dienst unter { $issuer } hat mit Status { $status } statt mit seinem Discovery-Dokument (/.well-known/openid-configuration) geantwortet. Prüfen Sie die Aussteller-URL.
sso-discovery-invalid = Der Dienst unter { $issuer } hat kein OpenID-Connect-Discovery-Dokument gesendet. Prüfen Sie die Aussteller-URL.
sso-discovery-mismatch = Das Discovery-Dokument unter { $issuer } nennt einen anderen Aussteller oder enthält nicht, was die Anmeldung braucht. Verwenden Sie die Aussteller-URL genau so, wie der Dienst sie angibt.
sso-client-id = Client-ID
sso-client-secret = Client-Secret
sso-client-secret-hint = Wird verschlüsselt gespeichert und nie wieder angezeigt.
sso-client-secret-keep = Lassen Sie das Feld leer, um das aktuelle Secret beizubehalten.
sso-client-secret-kept = Das eingegebene Secret bleibt erhalten (versiegelt, nie angezeigt). Geben Sie ein anderes ein, um es zu ersetzen.
sso-scopes = Zusätzliche Scopes
sso-invalid-scopes = Scopes sind durch Leerzeichen getrennte Wörter, zum Beispiel „email profile“.
sso-domains-hint = Benutzer, deren Adresse auf eine dieser Domains endet, melden sich über diesen Dienst an.
sso-organisation-hint = Über diesen Dienst melden sich Personen ausschließlich bei dieser Organisation an.
sso-jit = Konten bei der ersten Anmeldung anlegen (Just-in-Time)
sso-default-role = Rolle neuer Konten
sso-required = SSO erforderlich
sso-required-label = Diesen Dienst für seine Domains vorschreiben (keine Anmeldung und kein Zurücksetzen per Passwort)
sso-yes = Ja
sso-no = Nein
sso-callback = Beim Dienst zu registrierende Redirect-URI
sso-callback-hint = Registrieren Sie genau diese Adresse als Redirect-URI (Callback-URI) des Clients.
sso-remove = Anmeldedienst entfernen
sso-removed = Der Anmeldedienst wurde entfernt.

## Plattformbetreiber
operator-sign-in = Anmeldung für Plattformbetreiber
operator-sign-in-intro = Mit diesem Einmal-Link melden Sie sich bei der Portico-Plattformkonsole an.
operator-sign-in-submit = Bei der Konsole anmelden
operator-link-invalid = Dieser Anmeldelink ist abgelaufen oder wurde bereits verwendet. Erstellen Sie mit „portico operator create“ einen neuen.
operator-console = Plattformkonsole
operator-signed-in-as = Angemeldet als { $email }
operator-tenants = Mandanten
operator-no-tenants = Noch keine Mandanten vorhanden.
operator-tenant = Mandant
operator-created = Erstellt am
tenant-status-active = Aktiv
tenant-status-suspended = Gesperrt
sign-in-sso-redirect = Ihre Organisation meldet sich über { $provider } an. Sie werden dorthin weitergeleitet…

## Deals
nav-deals = Deals
deals-title = Deal-Registrierungen
deals-new = Deal registrieren
deals-edit = Registrierung bearbeiten
deals-export = CSV exportieren
deals-filters = Deals filtern
deals-search = Unternehmen, Domain oder Ansprechpartner suchen
deals-any = Alle
deals-created-from = Registriert ab
deals-created-to = Registriert bis
deals-value-min = Wert ab ({ $currency }, umgerechnet)
deals-value-max = Wert bis ({ $currency }, umgerechnet)
deals-sort = Sortieren nach
deals-apply = Anwenden
deals-needs-review = Prüfung erforderlich
csv-yes = ja
deals-empty = Noch keine Deals.
deals-none-match = Kein Deal passt zu diesen Filtern.
deals-clear-filters = Filter zurücksetzen
deals-first-page = Zurück zur ersten Seite
deals-count = { $count ->
    [one] ein Deal
   *[other] { $n } Deals
}
deals-count-matching = { $count ->
    [one] Ein Deal passt zu diesen Filtern.
   *[other] { $n } Deals passen zu diesen Filtern.
}
deals-next-page = Weitere Deals
deals-save-draft = Als Entwurf speichern
deal-sort-newest = Neueste zuerst
deal-sort-oldest = Älteste zuerst
deal-sort-value_desc = Höchster Wert
deal-sort-value_asc = Niedrigster Wert
deal-sort-close_asc = Frühester Abschluss
deal-section-customer = Kunde
deal-section-opportunity = Verkaufschance
deal-section-details = Details
deal-section-actions = Nächste Schritte
deal-field-id = ID
deal-field-partner = Partner
deal-field-company = Kundenunternehmen
deal-field-domain = Web-Domain des Kunden
deal-field-country = Land
deal-field-contact = Ansprechpartner
deal-field-contact-email = E-Mail-Adresse des Ansprechpartners
deal-field-value = Geschätzter Wert
deal-field-currency = Währung
deal-field-close = Voraussichtlicher Abschluss
deal-field-description = Beschreibung
deal-field-products = Produkte
deal-field-status = Status
deal-field-protected-until = Geschützt bis
deal-field-created = Registriert
deal-invalid-domain = Bitte geben Sie die Web-Domain des Kunden ein, zum Beispiel example.com.
deal-invalid-value = Bitte geben Sie einen positiven Betrag ein, zum Beispiel 12500 oder 12.500,00.
deal-value-too-large = Ein Deal darf höchstens { $max } wert sein.
deal-invalid-date = Bitte geben Sie ein Datum wie 2027-03-31 ein.
deal-invalid-close-range = Der voraussichtliche Abschluss muss zwischen dem letzten Monat und fünf Jahren in der Zukunft liegen.
deal-conflict-hint = Möglicherweise betrifft bereits eine andere Registrierung diesen Kunden. Sie können trotzdem einreichen: Der Anbieter prüft die Registrierung, bevor er entscheidet.
deal-under-review = Diese Registrierung wird derzeit vom Anbieter geprüft.
deal-no-actions = Für diesen Deal ist derzeit nichts zu tun.
deal-message-to-partner = Nachricht an den Partner
deal-message-to-partner-required = Nachricht an den Partner (Pflicht: die Begründung)
deal-message-to-partner-optional = Nachricht an den Partner (optional)
deal-message-to-partner-hint = Der Partner sieht sie beim Deal und in seiner E-Mail.
deal-message-from-vendor = Nachricht des Anbieters
deal-internal-note = Interne Notiz (nur Mitarbeiter)
deal-internal-note-optional = Interne Notiz (optional)
deal-internal-note-hint = Nur Mitarbeiter des Anbieters sehen sie – der Partner nie, auf keiner Seite und in keiner E-Mail.
deal-question-heading = Der Anbieter fragt
deal-reply = Ihre Antwort
deal-reply-hint = Sie erscheint im Verlauf des Deals, und der Deal geht wieder zur Prüfung.
deal-reply-submit = Antworten und erneut einreichen
deal-reply-edit = Zuerst die Angaben des Deals ändern
deal-message-from-partner = Antwort des Partners
deal-request-extension = Schutzverlängerung beantragen
deal-extension-pending = Verlängerung beantragt
deal-extension-grant = Verlängerung gewähren
deal-extension-refuse = Verlängerung ablehnen
deal-conflicts = Mögliche Konflikte
deal-conflicts-intro = Andere offene Registrierungen für denselben Kunden im direkten Vergleich. Übereinstimmende Felder sind markiert.
deal-conflict-this-named = Diese Registrierung: { $partner }, { $company }
deal-conflict-other-named = { $partner }, { $company }
deal-conflict-registered = registriert am { $date }
deal-conflict-resolve-hint = Entscheiden Sie alle auf einmal: Genehmigen Sie eine Registrierung, und die anderen, die auf Prüfung warten, werden abgelehnt – jeder Partner mit der Nachricht aus seiner eigenen Spalte.
deal-conflict-reason = Nachricht an { $partner }, falls eine andere Registrierung genehmigt wird
deal-conflict-reason-hint = Nur dieser Partner liest sie.
deal-conflict-reason-required = Schreiben Sie die Begründung, die dieser Partner erhält, wenn eine andere Registrierung genehmigt wird.
deal-conflict-approve-this = Diese genehmigen, die anderen ablehnen
deal-conflict-untouched = Wartet nicht auf Prüfung: Die Entscheidung lässt sie unverändert.
deal-conflict-match = Übereinstimmung
deal-conflict-same-partner = derselbe Partner
deal-timeline = Verlauf
deal-via-token = über das API-Token „{ $name }“
deal-status-draft = Entwurf
deal-status-submitted = Eingereicht
deal-status-approved = Genehmigt
deal-status-rejected = Abgelehnt
deal-status-info_requested = Infos angefordert
deal-status-won = Gewonnen
deal-status-lost = Verloren
deal-status-expired = Abgelaufen
deal-action-submit = Zur Genehmigung einreichen
deal-action-approve = Genehmigen
deal-action-reject = Ablehnen
deal-action-request_info = Weitere Infos anfordern
deal-action-resubmit = Erneut einreichen
deal-action-win = Als gewonnen markieren
deal-action-lose = Als verloren markieren
deal-action-expire = Ablaufen lassen
deal-event-created = Registrierung erstellt
deal-event-edited = Angaben bearbeitet
deal-event-submit = Eingereicht
deal-event-resubmit = Erneut eingereicht
deal-event-approve = Genehmigt
deal-event-auto_approve = Automatisch genehmigt (Stufenregel)
deal-event-reject = Abgelehnt
deal-event-request_info = Weitere Informationen angefordert
deal-event-win = Als gewonnen markiert
deal-event-lose = Als verloren markiert
deal-event-expire = Schutz abgelaufen
deal-event-extension_requested = Verlängerung beantragt
deal-event-extension_granted = Verlängerung gewährt
deal-event-extension_refused = Verlängerung abgelehnt
deal-error-not-allowed = Dieser Schritt ist für diesen Deal derzeit nicht möglich.
deal-error-too-many-open = Ihre Stufe erlaubt höchstens { $max } offene Deals gleichzeitig. Schließen Sie zuerst einen davon ab.
deal-error-comment-required = Bitte geben Sie eine Begründung an.
deal-error-partner-inactive = Ihre Partnerorganisation ist nicht aktiv und kann daher keine Deals einreichen.
deal-error-too-many-drafts = Sie haben bereits { $max } Entwürfe, so viele, wie dieses Portal erlaubt. Reichen Sie zuerst einen davon ein.
deal-flash-saved = Die Registrierung wurde als Entwurf gespeichert.
deal-flash-submitted = Die Registrierung wurde eingereicht.
deal-flash-approve = Der Deal wurde genehmigt.
deal-flash-reject = Der Deal wurde abgelehnt.
deal-flash-resolved = Die Registrierung ist genehmigt; die anderen im Konflikt sind abgelehnt, und jeder Partner erfährt den Grund.
deal-flash-request_info = Der Partner wurde um weitere Informationen gebeten.
deal-flash-resubmit = Die Registrierung wurde erneut eingereicht.
deal-flash-submit = Die Registrierung wurde eingereicht.
deal-flash-win = Der Deal wurde als gewonnen markiert.
deal-flash-lose = Der Deal wurde als verloren markiert.
deal-flash-expire = Der Deal ist abgelaufen.
deal-flash-extension-requested = Die Verlängerung wurde beantragt.
deal-flash-extension-granted = Die Verlängerung wurde gewährt.
deal-flash-extension-refused = Die Verlängerung wurde abgelehnt.

## Benachrichtigungen
notifications-title = Benachrichtigungen
notifications-bell = Benachrichtigungen, { $count } ungelesen
notifications-empty = Noch keine Benachrichtigungen.
notifications-read-all = Alle als gelesen markieren
notifications-mark-read = Als gelesen markieren
notification-open = Deal öffnen
notify-deal-submitted = { $partner } hat den Deal „{ $company }“ registriert.
notify-deal-submitted-conflict = { $partner } hat den Deal „{ $company }“ registriert, der möglicherweise mit einer anderen Registrierung kollidiert.
notify-deal-approved = Ihr Deal „{ $company }“ wurde genehmigt und ist bis zum { $date } geschützt.
notify-deal-rejected = Ihr Deal „{ $company }“ wurde abgelehnt: { $comment }
notify-deal-info-requested = Für Ihren Deal „{ $company }“ werden weitere Informationen benötigt: { $comment }
notify-extension-requested = { $partner } beantragt eine Verlängerung des Schutzes für „{ $company }“.
notify-extension-granted = Der Schutz für „{ $company }“ wurde bis zum { $date } verlängert.
notify-extension-refused = Die Verlängerung für „{ $company }“ wurde abgelehnt.
notify-deal-expiring = Der Schutz für „{ $company }“ endet am { $date }.
notify-deal-expired = Der Schutz für „{ $company }“ ist abgelaufen.

## Analysen
analytics-title = Pipeline-Analyse
analytics-total = Insgesamt { $count } Deals.
analytics-summary = { $n } Deals.
analytics-deals = Deals
analytics-by-status = Nach Status
analytics-by-partner = Nach Partner
analytics-by-tier = Nach Stufe
analytics-by-month = Nach Registrierungsmonat
analytics-no-tier = Ohne Stufe

## Produkte und Stufen
admin-products = Produkte
admin-tiers = Stufen
products-intro = Partner wählen aus diesen Produkten, wenn sie einen Deal registrieren.
products-empty = Noch keine Produkte vorhanden.
products-sku = SKU
products-active = Aktiv
products-inactive = Ausgeblendet
products-activate = Wieder einblenden
products-deactivate = Ausblenden
products-add = Produkt hinzufügen
products-name-taken = Es gibt bereits ein Produkt mit diesem Namen.
tiers-intro = Partner steigen Stufe für Stufe auf. Jede Stufe legt fest, wie lange genehmigte Deals geschützt bleiben, wie viele Deals gleichzeitig offen sein dürfen und bis zu welchem Wert Deals automatisch genehmigt werden.
tiers-protection-days = Schutzdauer (Tage)
tiers-max-open = Höchstzahl offener Deals
tiers-auto-approve = Automatische Genehmigung bis ({ $currency })
tiers-hint = 0 offene Deals bedeutet keine Begrenzung; 0 bei der automatischen Genehmigung bedeutet nie. Deals, die möglicherweise mit einer anderen Registrierung kollidieren, werden immer von einer Person geprüft.
tiers-add = Stufe hinzufügen
tiers-invalid-number = Bitte geben Sie eine ganze Zahl von 0 bis { $max } ein.
tiers-drafts-heading = Entwürfe
tiers-drafts-label = Entwürfe pro Partnerbenutzer
tiers-drafts-hint = Wie viele nicht eingereichte Entwürfe eine Person gleichzeitig haben darf. Eingereichte Deals zählen stattdessen zu den offenen Deals ihrer Stufe.
tiers-drafts-invalid = Bitte geben Sie eine ganze Zahl von 1 bis { $max } ein.
deal-review-by = Das Team von { $portal } prüft den Deal und entscheidet bis { $date }.
tiers-review-heading = Prüfung
tiers-review-label = Arbeitstage bis zur Entscheidung
tiers-review-hint = Partner erfahren, bis wann sie mit einer Entscheidung über einen eingereichten Deal rechnen können (Montag bis Freitag zählen).
tiers-review-invalid = Bitte geben Sie eine ganze Zahl von 1 bis { $max } ein.
tiers-name-taken = Es gibt bereits eine Stufe mit diesem Namen.

## Partnergewinnung
admin-applications = Bewerbungen
apply-title = Partner werden
apply-intro = Stellen Sie uns Ihr Unternehmen vor, und wir melden uns bei Ihnen. Partner von { $portal } registrieren Deals, lassen sich zertifizieren und führen Co-Branding-Kampagnen durch.
apply-company = Unternehmen
apply-contact-name = Ihr Name
apply-contact-email = Ihre geschäftliche E-Mail-Adresse
apply-message = Was möchten Sie mit uns verkaufen?
apply-submit = Bewerbung senden
apply-thanks-heading = Vielen Dank für Ihre Bewerbung
apply-thanks-body = Wir haben Ihre Bewerbung erhalten und antworten Ihnen per E-Mail.
apply-too-many = Aus Ihrem Netzwerk sind in der letzten Stunde zu viele Bewerbungen eingegangen. Bitte versuchen Sie es später erneut.
applications-none-pending = Es liegen keine offenen Bewerbungen vor.
applications-approve = Annehmen und einladen
applications-reject = Ablehnen
applications-reason = Begründung
applications-decided = Entschiedene Bewerbungen
applications-approved = { $company } ist jetzt Partner; der Administrator des Unternehmens wurde eingeladen.
applications-rejected = Der Bewerber wurde benachrichtigt.
applications-reason-required = Bitte geben Sie eine Begründung für die Ablehnung an.
applications-status-approved = Angenommen
applications-status-rejected = Abgelehnt
applications-status-pending = Ausstehend
notify-application = { $company } hat sich als Partner beworben.
mail-application-rejected-subject = Ihre Bewerbung bei { $portal }
mail-application-rejected-body = Vielen Dank für Ihr Interesse. Wir haben uns entschieden, { $company } derzeit nicht in das Partnerprogramm von { $portal } aufzunehmen, und zwar aus folgendem Grund:

## Partnerorganisationen
partners-search = Name oder Domain suchen
org-status-active = Aktiv
org-status-suspended = Gesperrt
org-status-applicant = Bewerber
org-no-users = Noch keine Benutzer vorhanden.
org-all-deals = Alle Deals dieses Partners
org-title = Meine Organisation
org-your-tier = Ihre Stufe
org-next-tier = Nächste Stufe
org-next-tier-hint = Sprechen Sie mit Ihrem Channel-Manager über den Aufstieg in die nächste Stufe.
org-top-tier = Sie haben die höchste Stufe erreicht.
org-no-tier = Ihrer Organisation ist noch keine Stufe zugeordnet.
org-unlimited = Unbegrenzt
org-auto-never = Nie
org-auto-up-to = Bis { $amount }
org-open-now = derzeit { $count } offen
home-review-deals = Deals prüfen

## Uploads
upload-refused-empty = Die Datei ist leer.
upload-refused-type = Diese Art von Datei wird hier nicht angenommen. Verwenden Sie einen der genannten Typen.
upload-refused-svg = SVG-Dateien werden nicht angenommen (sie können Skripte enthalten). Exportieren Sie das Bild als PNG oder WebP.
upload-refused-pixels = Das Bild hat zu viele Pixel (höchstens 12.000 Pixel je Seite und 48 Megapixel).
upload-refused-broken = Die Datei lässt sich nicht lesen: Sie ist beschädigt oder nicht das, was sie zu sein vorgibt.
upload-refused-encrypted = Das PDF ist mit einem Kennwort geschützt oder verschlüsselt. Laden Sie eine Kopie ohne Schutz hoch.
upload-refused-too-large = Die Datei ist größer als { $size }.

## Partner co-branding profile
profile-title = Co-Branding-Profil
profile-hint = Was Co-Branding-Material (Datenblätter, E-Mails, Landingpages) von Ihrer Organisation zeigt.
profile-contact-name = Ansprechpartner
profile-contact-email = E-Mail des Ansprechpartners
profile-contact-phone = Telefon des Ansprechpartners
profile-logo-file = Logo
profile-logo-hint = PNG, JPEG oder WebP, bis 2 MB. Erscheint auf Co-Branding-Material.
profile-logo-current = Aktuelles Logo
profile-no-logo = Noch kein Logo.
profile-ask-admin = Die Partner-Administratoren Ihrer Organisation können dieses Profil ändern.
profile-saved = Profil gespeichert.
profile-logo-saved = Logo gespeichert.
form-invalid-phone = Geben Sie eine Telefonnummer mit mindestens fünf Ziffern ein (Leerzeichen und + ( ) - . / sind erlaubt).

## Asset library
nav-assets = Materialbibliothek
assets-title = Materialbibliothek
assets-add = Material hinzufügen
assets-add-submit = Material hinzufügen
assets-search = Titel und Beschreibungen durchsuchen
assets-empty = Kein Material gefunden. Fügen Sie welches hinzu oder ändern Sie die Filter.
asset-kind = Art
asset-kind-image = Bild
asset-kind-pdf = PDF-Dokument
asset-status = Status
asset-status-draft = Entwurf
asset-status-published = Veröffentlicht
asset-status-archived = Archiviert
asset-tag = Schlagwort
asset-preview = Vorschau
asset-title = Titel
asset-description = Beschreibung
asset-versions = Versionen
asset-version = Version
asset-version-number = Version { $number }
asset-version-current = aktuell
asset-file = Datei
asset-file-hint = PDF, PNG, JPEG oder WebP, bis { $size }. Die Art der Datei ergibt sich aus ihrem Inhalt, nicht aus ihrem Namen.
asset-file-missing = Wählen Sie eine Datei zum Hochladen.
asset-text-locale = Sprache dieses Textes
asset-text-locale-hint = Weitere Sprachen fügen Sie auf der Seite des Materials hinzu.
asset-tags = Schlagwörter
asset-tags-hint = Durch Kommas getrennt, zum Beispiel: Datenblatt, Sicherheit.
asset-tiers = Sichtbar für Stufen
asset-tiers-hint = Keine ausgewählt: Alle Partner sehen es, sobald es veröffentlicht ist.
asset-partners-downloaded = { $count ->
    [one] von einer Partnerorganisation heruntergeladen
   *[other] von { $n } Partnerorganisationen heruntergeladen
}
asset-text-missing = Fehlt in:
asset-text-missing-badge = fehlt
asset-texts = Titel und Beschreibung
asset-publishing = Veröffentlichung
asset-version-locale = Für
asset-version-locale-hint = Eine Version für eine Sprache ersetzt die Datei nur für Partner, die diese Sprache verwenden.
asset-version-all-locales = Alle Sprachen
asset-version-note = Was sich geändert hat (optional)
asset-downloads = Downloads
asset-no-versions = Noch keine Versionen.
asset-pages = { $count ->
    [one] eine Seite
   *[other] { $n } Seiten
}
asset-new-version = Neue Version hochladen
asset-upload-version = Version hochladen
asset-created = Material hinzugefügt.
asset-version-added = Neue Version hochgeladen. Partner erhalten ab jetzt diese.
library-title = Materialbibliothek
library-intro = Material Ihres Herstellers für Ihr eigenes Marketing.
library-empty = Für Ihre Partnerstufe gibt es hier noch nichts, oder nichts passt zu den Filtern.
library-not-in-your-language = Dieses Material gibt es nicht in Ihrer Sprache; es wird auf { $language } angezeigt.
library-download = Herunterladen

## E-mail preferences and unsubscribe
prefs-title = E-Mail-Einstellungen
prefs-intro = Wählen Sie, welche optionalen E-Mails Sie erhalten. Benachrichtigungen im Portal bleiben eingeschaltet.
prefs-legend = Mir E-Mails senden über
prefs-essential = E-Mails zu Ihren Deals, Ihrem Konto und seiner Sicherheit werden immer gesendet.
prefs-saved = Einstellungen gespeichert.
prefs-category-campaigns = neue Marketingkampagnen für meine Partnerstufe
prefs-category-asset-updates = neue Versionen von Material, das ich heruntergeladen habe
prefs-category-courses = neue Kurse und Erinnerungen zu Zertifikaten
mail-unsubscribe = Keine E-Mails mehr über { $category }
unsubscribe-title = Abbestellen
unsubscribe-ask = Keine E-Mails mehr über { $category }?
unsubscribe-confirm = Abbestellen
unsubscribe-done = Erledigt: Sie erhalten keine E-Mails mehr über { $category }.
unsubscribe-change = E-Mail-Einstellungen ändern
notify-asset-superseded = Eine neue Version von „{ $title }“ ist verfügbar (Version { $number }).

## Campaigns
nav-campaigns = Kampagnen
campaigns-title = Kampagnen
campaigns-add = Neue Kampagne
campaigns-add-submit = Kampagne anlegen
campaigns-empty = Noch keine Kampagnen.
campaign-name = Name
campaign-period = Zeitraum
campaign-period-value = { $start } bis { $end }
campaign-status = Status
campaign-status-draft = Entwurf
campaign-status-scheduled = Geplant
campaign-status-active = Aktiv
campaign-status-ended = Beendet
campaign-assets = Material
campaign-starts = Beginnt am
campaign-ends = Endet am (einschließlich)
campaign-tiers = Zielstufen
campaign-tiers-hint = Keine ausgewählt: alle Partnerstufen.
campaign-no-assets = Die Bibliothek hat noch kein veröffentlichtes Material.
campaign-ready = Bereit: im Zeitraum ausführen
campaign-ready-hint = Bis sie bereit ist, bleibt sie ein Entwurf, den Partner nie sehen. Beim Start werden ihre Partner im Portal und per E-Mail benachrichtigt.
campaign-stats = Zahlen
campaign-stats-notified = Benachrichtigte Partner
campaign-stats-viewed = Partner, die sie angesehen haben
campaign-stats-activated = Partner, die sie aktiviert haben
campaign-stats-per-partner = Je Partnerorganisation
campaign-stats-partner = Partner
campaign-stats-downloads = Downloads
campaign-stats-note = Wie sie sie umsetzen
campaign-stats-empty = Noch kein Partner hat sie gesehen.
campaign-stats-per-version = Downloads je Materialversion
campaign-stats-csv = Als CSV herunterladen
campaign-yes = ja
campaign-no = nein
campaign-invalid-date = Geben Sie ein Datum wie 2026-12-31 ein.
campaign-ends-before-start = Das Ende liegt vor dem Beginn.
campaign-created = Kampagne angelegt.
campaigns-partner-intro = Kampagnen Ihres Herstellers, die gerade für Ihre Partnerstufe laufen.
campaigns-partner-empty = Für Ihre Partnerstufe läuft gerade keine Kampagne.
campaign-partner-no-assets = Diese Kampagne hat kein Material für Ihre Stufe.
campaign-activate-title = Diese Kampagne umsetzen
campaign-activated-state = Aktiviert
campaign-activate-note = Wie Sie sie umsetzen (optional)
campaign-activate-note-hint = Zum Beispiel: Newsletter am 10., zwei Webinare. Ihr Hersteller sieht diese Notiz.
campaign-activate = Als aktiviert markieren
campaign-activate-update = Notiz aktualisieren
campaign-activated = Kampagne als aktiviert markiert.
notify-campaign-started = Eine neue Kampagne hat begonnen: { $name }
campaign-stats-funnel = Partner: benachrichtigt, angesehen, aktiviert
campaign-stats-downloads-per-partner = Downloads je Partnerorganisation
campaign-stats-downloads-total = { $count ->
    [one] ein Download insgesamt.
   *[other] { $n } Downloads insgesamt.
}

## E-mail templates and co-branding
asset-kind-email = E-Mail-Vorlage
asset-content-file = Für Bilder und PDFs: die Datei
asset-content-template = Für E-Mail-Vorlagen und Landingpages: Betreff (bei Landingpages die Überschrift), HTML und Text (nur E-Mail)
template-vocabulary = Platzhalter, die durch die Angaben der Partner ersetzt werden: { $vocabulary }
template-subject = Betreff
template-body-html = HTML-Teil
template-body-text = Textteil
template-unknown = Unbekannte Platzhalter: { $names }. Erlaubt sind nur: { $vocabulary }
template-unclosed = Ein Platzhalter wird mit zwei geschweiften Klammern geöffnet, aber nicht geschlossen.
template-edit = Vorlage bearbeiten (wird als neue Version gespeichert)
template-preview = Vorschau mit Ihren Angaben
preflight-missing = Ihrem Co-Branding-Profil fehlt, was diese Vorlage verwendet; es bleibt daher leer:
preflight-fix = Profil Ihrer Organisation vervollständigen
placeholder-partner-name = der Name Ihrer Organisation
placeholder-partner-logo = Ihr Logo
placeholder-partner-website = Ihre Website
placeholder-contact-name = ein Ansprechpartner
placeholder-contact-email = eine Kontakt-E-Mail
placeholder-contact-phone = eine Kontakttelefonnummer
placeholder-landing-page-url = eine veröffentlichte Landingpage
placeholder-tenant-name = der Name Ihres Herstellers
template-download-html = Als HTML herunterladen
template-download-eml = Als .eml herunterladen
template-send-test = Testkopie an { $email } senden
template-test-sent = Eine Testkopie ist unterwegs an { $email }.

## Co-branding zones of PDFs
zones-title = Co-Branding-Zonen
zones-intro = Legen Sie fest, wohin Logo und Angaben jedes Partners gestempelt werden. Position und Größe sind Prozent der Seite, gemessen von ihrer linken oberen Ecke.
zones-none = Noch keine Zonen: Partner laden das PDF unverändert herunter.
zones-sample = Muster für einen erfundenen Partner herunterladen
zone-add-title = Zone hinzufügen
zone-page = Seite
zone-where = Position und Größe
zone-what = Inhalt
zone-what-logo = Logo des Partners
zone-what-text = Text mit Platzhaltern
zone-text = Text
zone-text-hint = Zum Beispiel: { $example }. Eine Zone, die nur den Platzhalter der Website oder der Landingpage enthält, wird zum Link.
zone-x = Von links (%)
zone-y = Von oben (%)
zone-width = Breite (%)
zone-height = Höhe (%)
zone-add = Zone hinzufügen
zone-remove = Entfernen
zone-actions = Aktionen
zone-added = Zone hinzugefügt. Prüfen Sie sie im Muster.
zone-removed = Zone entfernt.
zone-position = { $x } % von links, { $y } % von oben
zone-size = { $width } × { $height } %
zone-on-page = Seite { $page }
zone-whole-number = Bitte geben Sie eine ganze Zahl ein.
zone-page-invalid = { $count ->
    [one] Das Dokument hat eine Seite: Geben Sie 1 ein.
   *[other] Wählen Sie eine Seite von 1 bis { $n }.
}
zone-off-page = Die Zone muss auf der Seite liegen: Position 0 bis 99 %, Größe 1 bis 100 %, Position und Größe zusammen höchstens 100 %.
zone-logo-in-text = Das Logo bekommt eine eigene Zone: Wählen Sie „Logo des Partners“.
zone-too-many = Ein Material hat höchstens { $max } Zonen.
zone-sample-partner = Musterpartner GmbH
zone-sample-contact = Alex Muster
library-download-cobranded = Ihre Co-Branding-Fassung herunterladen
library-cobranded-hint = Mit Logo und Angaben Ihrer Organisation gestempelt.

## Landing pages
asset-kind-landing = Landingpage
landing-headline = Überschrift
landing-your-page = Ihre Landingpage
landing-not-yet = Veröffentlichen Sie diese Seite unter Namen und Logo Ihrer Organisation; Besucher erreichen Sie über ihr Formular.
landing-publish = Als unsere Landingpage veröffentlichen
landing-publish-again = Wieder veröffentlichen
landing-unpublish = Offline nehmen
landing-is-offline = Ihre Seite ist offline; ihre Adresse bleibt erhalten.
landing-live-at = Online unter
landing-see-submissions = Besuche und Kontaktanfragen
landing-published = Ihre Landingpage ist online unter { $path }.
landing-unpublished = Ihre Landingpage ist offline.
landing-list-title = Landingpages
landing-list-intro = Die veröffentlichten Seiten Ihrer Organisation und was Besucher darüber gesendet haben.
landing-your-pages = Ihre Seiten
landing-address = Adresse
landing-visits-heading = Besuche
landing-visits = { $count ->
    [one] ein Besuch
   *[other] { $n } Besuche
}
landing-offline = offline
landing-none = Noch keine Landingpages: Veröffentlichen Sie eine aus der Materialbibliothek.
landing-submissions = Kontaktanfragen
landing-no-submissions = Noch keine Kontaktanfragen.
landing-when = Eingegangen
landing-name = Ihr Name
landing-email = Ihre E-Mail-Adresse
landing-company = Unternehmen
landing-message = Nachricht
landing-send = Senden
landing-contact-title = { $partner } kontaktieren
landing-thanks = Vielen Dank. { $partner } meldet sich bald bei Ihnen.
landing-privacy = Ihre Angaben gehen nur an { $partner }, um Ihre Anfrage zu beantworten.
landing-too-many = Zu viele Anfragen aus Ihrem Netz. Bitte versuchen Sie es in einer Stunde erneut.
notify-landing-submission = { $name } ({ $email }) hat über Ihre Landingpage eine Kontaktanfrage gesendet.
nav-landing-pages = Landingpages
campaign-stats-visits = Landingpage-Besuche
campaign-stats-submissions = Kontaktanfragen
template-preview-button = Vorschau
template-live-preview = Live-Vorschau für einen erfundenen Partner
template-preview-sample = Musterpartner

## Social posts
asset-kind-social = Social-Media-Beitrag
asset-content-social = Für Social-Media-Beiträge: der Text des Beitrags (das Bild ist die Datei oben)
social-text = Text des Beitrags
social-fits-title = Länge je Netzwerk
social-fits-sample = Der aktuelle Text, ausgefüllt für einen Musterpartner.
social-network = Netzwerk
social-length = Länge
social-fit = { $length } von { $limit } Zeichen
social-too-long = zu lang
social-your-post = Ihr Beitrag
social-copy-hint = Kopieren Sie diesen Text mit dem Bild unten in Ihren Beitrag.

## Plans and usage
admin-usage = Tarif und Nutzung
plan-limit-title = Tariflimit erreicht
plan-limit-body-staff = Ihr Tarif erlaubt { $limit } ({ $what }), und dies ginge darüber hinaus, daher wurde nichts geändert. Unter Verwaltung → Tarif und Nutzung sehen Sie Ihren Stand; der Plattformbetreiber kann das Limit durch einen Tarifwechsel anheben.
plan-limit-body-partner = { $portal } hat das Limit seines Tarifs von { $limit } ({ $what }) erreicht, daher wurde nichts geändert. Bitten Sie das Team von { $portal }, es anzuheben.
plan-feature-off-title = Nicht Teil dieses Tarifs
plan-feature-off-body-staff = { $feature } ist nicht Teil Ihres Tarifs. Der Plattformbetreiber kann es durch einen Tarifwechsel freischalten.
plan-feature-off-body-partner = { $feature } ist auf { $portal } nicht verfügbar.
plan-feature-sso = Single Sign-on
plan-feature-campaigns = Kampagnen und Medienbibliothek
plan-feature-api = API und Webhooks
plan-feature-included = { $feature }: enthalten
plan-feature-excluded = { $feature }: nicht enthalten
usage-metric-partners = Partnerorganisationen
usage-metric-users = Benutzer
usage-metric-storage_bytes = Speicher
usage-metric-emails = E-Mails in diesem Monat
usage-metric-deals = in diesem Monat registrierte Deals
usage-metric-sign_ins = Anmeldungen in diesem Monat
usage-metric-api_calls = API-Aufrufe in diesem Monat
usage-unlimited = unbegrenzt
usage-plan = Ihr Tarif: { $plan }
usage-now = Dieser Monat
usage-column-what = Was
usage-column-used = Genutzt
usage-column-limit = Limit
usage-column-share = Anteil am Limit
usage-column-month = Monat
usage-empty = Noch nichts gezählt.
usage-at-limit = Limit erreicht
usage-no-limit = kein Limit
usage-raise-hint = Bei 80 % und bei 100 % eines Limits werden die Administratoren im Portal und per E-Mail informiert. Über den monatlichen E-Mails werden abbestellbare Nachrichten zurückgehalten; Anmeldelinks, Einladungen und Deal-Entscheidungen gehen immer hinaus. Um ein Limit anzuheben, bitten Sie den Plattformbetreiber um einen Tarifwechsel.
usage-history = Vergangene Monate
usage-download-csv = Monatliche Nutzung herunterladen (CSV)
usage-history-empty = Noch kein Monat gezählt.
notify-usage-limit-near = Ihr Portal hat 80 % des Tariflimits erreicht: { $metric ->
    [partners] Partnerorganisationen
    [users] Benutzer
    [storage_bytes] Speicher
   *[emails] E-Mails in diesem Monat
}.
notify-usage-limit-reached = Ihr Portal hat das Tariflimit erreicht: { $metric ->
    [partners] Partnerorganisationen
    [users] Benutzer
    [storage_bytes] Speicher
   *[emails] E-Mails in diesem Monat
}. Neue werden abgelehnt, bis sich der Tarif ändert.

## Operator console: tenants and plans
operator-plans = Tarife
operator-usage-csv = Monatliche Nutzung aller Mandanten (CSV)
operator-search = Nach Name oder Kürzel suchen
operator-sort = Sortieren nach
operator-sort-name = Name
operator-sort-newest = Neueste zuerst
operator-search-submit = Anzeigen
operator-plan = Tarif
operator-open-portal = Portal öffnen
operator-next-page = Nächste Seite
operator-create-tenant = Mandanten anlegen
operator-create-slug = Kürzel (Subdomain)
operator-create-slug-hint = 2–63 Kleinbuchstaben, Ziffern und Bindestriche; das Portal erhält die Adresse kürzel.ihre-domain.
operator-create-name = Name des Herstellers
operator-create-admin-email = E-Mail des ersten Hersteller-Administrators
operator-create-admin-email-hint = Diese Person erhält eine Einladung, ein Passwort festzulegen.
operator-create-locale = Standardsprache
operator-create-submit = Mandanten anlegen
operator-create-slug-invalid = Verwenden Sie 2–63 Kleinbuchstaben, Ziffern und Bindestriche, nicht am Anfang oder Ende ein Bindestrich.
operator-create-slug-reserved = Dieses Kürzel ist für die Plattform reserviert; wählen Sie ein anderes.
operator-create-slug-taken = Ein Mandant mit diesem Kürzel existiert bereits.
operator-create-name-invalid = Verwenden Sie 1–100 Zeichen ohne Steuerzeichen.
operator-plan-unknown = Wählen Sie einen der angebotenen Tarife.
operator-tenant-created = Mandant angelegt. Der Hersteller-Administrator { $email } wurde per E-Mail eingeladen.
operator-plan-changed = Der Tarif wurde geändert; seine Limits und Funktionen gelten ab sofort.
operator-tenant-suspended = Der Mandant ist gesperrt: Sein Portal zeigt dies an und niemand kann sich anmelden.
operator-tenant-resumed = Der Mandant ist wieder aktiv.
operator-back-to-tenants = ← Alle Mandanten
operator-slug = Kürzel
operator-change-plan = Tarif ändern
operator-change-plan-submit = Tarif ändern
operator-tenant-status = Sperren oder fortsetzen
operator-tenant-is-suspended = Dieser Mandant ist gesperrt: Sein Portal meldet „gesperrt“, niemand kann sich anmelden und seine E-Mails warten. Beim Fortsetzen wird alles wiederhergestellt.
operator-resume = Mandanten fortsetzen
operator-suspend-hint = Beim Sperren bleiben alle Daten erhalten; das Portal meldet „gesperrt“ und niemand kann sich anmelden, bis Sie es fortsetzen.
operator-suspend = Mandanten sperren
operator-plans-intro = Leere Limits sind unbegrenzt. Eine Änderung gilt sofort für alle Mandanten mit diesem Tarif.
operator-plan-name = Name
operator-plan-max-partners = Partnerorganisationen
operator-plan-max-users = Benutzer
operator-plan-max-storage = Speicher (MiB)
operator-plan-max-emails = E-Mails pro Monat
operator-plan-limit-hint = Eine ganze Zahl; leer für unbegrenzt.
operator-plan-features = Funktionen
operator-plan-saved = Der Tarif wurde gespeichert.
operator-plan-limit-invalid = Geben Sie eine ganze Zahl von 0 bis 1.000.000.000 ein oder lassen Sie das Feld für unbegrenzt leer.

## Deleting tenants and the audit log
tenant-status-deleted = Gelöscht
operator-tenant-is-deleted = Dieser Mandant ist gelöscht; stellen Sie ihn zuerst wieder her.
operator-tenant-deleted = Der Mandant ist gelöscht: Sein Portal meldet „entfernt“ und es wird nichts versendet. Bis zur endgültigen Löschung können Sie ihn wiederherstellen.
operator-delete-confirm-mismatch = Geben Sie das Kürzel genau wie angezeigt ein, um zu bestätigen.
operator-tenant-restored = Der Mandant ist mit allen Daten wiederhergestellt.
operator-tenant-not-deleted = Dieser Mandant ist nicht gelöscht.
operator-deleted-title = Gelöscht
operator-deleted-body = Dieser Mandant ist gelöscht: Sein Portal meldet „entfernt“, niemand kann sich anmelden und es wird nichts versendet. Am { $date } entfernt die endgültige Löschung alle seine Daten und Dateien; bis dahin können Sie ihn wiederherstellen.
operator-restore = Mandanten wiederherstellen
operator-delete-title = Mandanten löschen
operator-delete-body = Das Portal meldet sofort „entfernt“ und es wird nichts mehr versendet. Nach der Karenzzeit werden alle Daten und Dateien des Mandanten endgültig entfernt. Exportieren Sie ihn vorher, wenn der Hersteller seine Daten haben möchte.
operator-delete-confirm = Geben Sie zur Bestätigung { $slug } ein
operator-delete-submit = Mandanten löschen
operator-audit = Prüfprotokoll
operator-audit-intro = Was Betreiber, die Kommandozeile und die endgültige Löschung auf der Plattform getan haben, neueste zuerst. Jeder Eintrag ist über seinen Hash mit dem vorigen verkettet; `portico audit verify` prüft die Kette.
audit-when = Wann
audit-who = Wer
audit-action = Aktion
audit-target = Ziel
audit-changes = Änderungen
audit-from = Von
audit-empty = Noch nichts aufgezeichnet.
audit-actor-system = Portico (Kommandozeile oder Job)
audit-actor-anonymous = Besucher
audit-actor-user = Benutzer
audit-actor-operator = Betreiber
audit-actor-token = API-Token

## The tenant audit log
admin-audit = Prüfprotokoll
admin-audit-intro = Jede Änderung, die Personen in diesem Portal vorgenommen haben: wer, was, wann und von wo, neueste zuerst. Einträge können weder geändert noch entfernt werden.
audit-filter-who = Person (E-Mail)
audit-filter-kind = Art
audit-filter-any = Alle
audit-filter-from = Von
audit-filter-until = Bis
audit-download-csv = Als CSV herunterladen
audit-kind-deal = Deals
audit-kind-partner = Partner
audit-kind-application = Bewerbungen
audit-kind-user = Benutzer
audit-kind-tenant = Portaleinstellungen
audit-kind-sso = Anmeldeanbieter
audit-kind-product = Produkte
audit-kind-asset = Medien
audit-kind-campaign = Kampagnen
audit-kind-tier = Stufen

## Platform API tokens
operator-tokens = API-Token
operator-tokens-intro = Token für die Plattform-API unter { $url } (senden Sie Authorization: Bearer pop_…). Ein Token handelt als sein Betreiber; widerrufen Sie ein Token, das bekannt geworden ist.
operator-token-made = Ihr neues Token
operator-token-once = Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt und nur als Hash gespeichert.
operator-token-name = Name
operator-token-hint = Beginnt mit
operator-token-owner = Betreiber
operator-token-last-used = Zuletzt verwendet
operator-tokens-empty = Noch keine Token.
operator-token-never = nie
operator-token-revoked-state = Widerrufen
operator-token-revoke = Widerrufen
operator-token-revoked = Das Token ist widerrufen; Anfragen damit werden ab sofort abgelehnt.
operator-token-new = Token erstellen
operator-token-name-hint = Wofür es dient, etwa „Provisionierungsskript“.
operator-token-create = Token erstellen

## Export
export-title = Ihre Daten exportieren
export-intro = Alles, was dieses Portal über Ihr Programm speichert – Partner, Benutzer, Deals, Medien, Kampagnen, Einstellungen, Nutzung und das Prüfprotokoll – als eine Zip-Datei: ein Manifest mit Anzahlen und Prüfsummen, eine JSON-Lines-Datei je Datensatzart und Ihre gespeicherten Dateien.
export-download = Export herunterladen (Zip)
export-request = Neuen Export vorbereiten
export-requested = Der Export wird vorbereitet. Er erscheint unten, sobald er fertig ist; Sie erhalten außerdem eine E-Mail.
export-requested-operator = Der Export wird vorbereitet; er erscheint unten, sobald er fertig ist.
export-preparing = Der Export wird vorbereitet … diese Liste aktualisiert sich von selbst.
export-refresh = Aktualisieren
export-none = Noch kein Export.
export-column-requested = Angefordert
export-column-by = Von
export-column-status = Status
export-column-file = Datei
export-link-until = Der Link gilt bis { $date }.
export-status-queued = Wartet
export-status-running = Wird vorbereitet
export-status-ready = Bereit
export-status-failed = Fehlgeschlagen – bitte neu vorbereiten
export-status-expired = Link abgelaufen
notify-export-ready = Ihr Datenexport ist fertig. Laden Sie ihn innerhalb von { $hours } Stunden auf der Nutzungsseite herunter.
error-410-title = Dieser Link ist abgelaufen
error-410-body = Wohin dieser Link führte, gibt es nicht mehr: Download-Links gelten nur für eine begrenzte Zeit. Fordern Sie einen neuen an.

admin-api = API
api-intro = Verbinden Sie Ihr CRM und Ihre Automatisierung über die API unter { $url } mit diesem Portal – mit einem Token, gesendet als Authorization: Bearer ptk_…. Ein Token handelt für das ganze Programm wie ein Mitarbeiter des Herstellers; erstellen Sie je Integration eines und widerrufen Sie jedes, das nach außen gelangt ist.
api-tokens = Tokens
api-tokens-empty = Noch keine Tokens.
api-token-made = Ihr neues Token
api-token-once = Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt und lässt sich später nicht mehr auslesen.
api-token-name = Name
api-token-name-hint = Wofür es dient, etwa „CRM-Abgleich“.
api-token-scope = Zugriff
api-token-scope-hint = Nur lesen listet und liest; Lesen und Schreiben registriert und entscheidet auch Deals und verwaltet Partner und Benutzer.
api-scope-read = Nur lesen
api-scope-write = Lesen und schreiben
api-token-scope-invalid = Wählen Sie „Nur lesen“ oder „Lesen und schreiben“.
api-token-hint = Token
api-token-created = Erstellt
api-token-expires = Läuft ab am
api-token-expires-hint = Optional: An diesem Tag hört das Token auf zu funktionieren. Leer lassen, um es bis zum Widerruf zu behalten.
api-token-expires-invalid = Wählen Sie einen Tag nach heute und innerhalb von drei Jahren oder lassen Sie das Feld leer.
api-token-no-expiry = Nie
api-token-last-used = Zuletzt verwendet
api-token-never = Noch nicht verwendet
api-token-revoke = Widerrufen
api-token-revoked = Widerrufen
api-token-expired = Abgelaufen
api-token-revoked-done = Das Token ist widerrufen: Anfragen damit werden ab jetzt abgewiesen.
api-token-create = Token erstellen
api-token-new = Neues Token

## Webhooks (Administration → Webhooks)
admin-webhooks = Webhooks
webhooks-intro = Portico sendet jedes Ereignis sofort als JSON an Ihre Endpunkte, signiert nach der Standard-Webhooks-Spezifikation, und wiederholt nicht bestätigte Zustellungen bis zu drei Tage lang.
webhooks-empty = Noch keine Endpunkte.
webhook-url = Endpunkt-URL
webhook-url-hint = Eine öffentliche https-Adresse. Sie wird vor jeder Zustellung erneut geprüft.
webhook-description = Beschreibung
webhook-events = Ereignisse
webhook-events-hint = Die Ereignisse, die dieser Endpunkt erhält.
webhook-enabled = Aktiv: Ereignisse an diesen Endpunkt zustellen
webhook-add = Endpunkt hinzufügen
webhook-add-submit = Endpunkt hinzufügen
webhook-created = Der Endpunkt ist angelegt. Sein Signaturschlüssel steht unten.
webhook-url-invalid = Geben Sie eine vollständige Adresse ein, etwa https://crm.example.com/hooks.
webhook-url-refused = Diese Adresse kann keine Webhooks empfangen: Verwenden Sie eine öffentliche https-Adresse.
webhook-events-required = Wählen Sie mindestens ein Ereignis.
webhook-status-on = Aktiv
webhook-status-off = Inaktiv
webhook-status-gone = Inaktiv: Der Endpunkt antwortete mit 410 Gone
webhook-status-failing = Inaktiv: Zustellungen schlugen fünf Tage lang fehl
webhook-failing-since = Fehlerhaft seit { $date }
webhook-open = Öffnen
webhook-events-count = { $count ->
    [one] 1 Ereignis
   *[other] { $n } Ereignisse
}
webhook-back = Alle Endpunkte
webhook-secret = Signaturschlüssel
webhook-secret-show = Signaturschlüssel anzeigen
webhook-secret-hint = Prüfen Sie damit den Header webhook-signature jeder Zustellung; jede Standard-Webhooks-Bibliothek erledigt das für Sie.
webhook-secret-unreadable = Dieser Server kann den Schlüssel des Endpunkts nicht lesen (er wurde auf einem anderen Server erstellt): Erneuern Sie ihn.
webhook-secret-overlap = Bis { $date } signiert auch der vorherige Schlüssel, damit Ihr Empfänger ohne verlorene Zustellung wechseln kann.
webhook-rotate = Schlüssel erneuern
webhook-rotated = Ein neuer Schlüssel ist erstellt. In den nächsten 24 Stunden signiert auch der vorherige.
webhook-test = Testereignis senden
webhook-test-hint = Eine Nachricht webhook.test geht nur an diesen Endpunkt und erscheint im Protokoll unten.
webhook-test-off = Aktivieren Sie den Endpunkt, um ein Testereignis zu senden.
webhook-test-queued = Ein Testereignis ist unterwegs; es erscheint im Protokoll unten.
webhook-test-message = Dies ist eine Testnachricht Ihres Partnerportals.
webhook-edit = Einstellungen
webhook-deliveries = Zustellungen
webhook-deliveries-empty = An diesen Endpunkt wurde noch nichts gesendet.
webhook-delivery-time = Zeit
webhook-delivery-event = Ereignis
webhook-delivery-attempts = Versuche
webhook-delivery-code = Antwort
webhook-delivery-latency = Dauer
webhook-delivery-response = Antworttext
webhook-delivery-next = Nächster Versuch
webhook-delivery-pending = Wartet
webhook-delivery-succeeded = Zugestellt
webhook-delivery-failed = Fehlgeschlagen
webhook-latency = { $ms } ms
webhook-replay = Erneut senden
webhook-replayed = Erneut gesendete Zustellungen: { $n }.
webhook-replay-since = Fehlgeschlagene Zustellungen erneut senden seit
webhook-replay-since-hint = Jede fehlgeschlagene Zustellung ab diesem Zeitpunkt (UTC) geht erneut hinaus, mit derselben webhook-id.
webhook-replay-since-submit = Fehlgeschlagene erneut senden
webhook-replay-since-invalid = Geben Sie Datum und Uhrzeit ein.
webhook-older = Ältere Zustellungen
webhook-delete = Endpunkt entfernen
webhook-deleted = Der Endpunkt ist entfernt.
webhook-disabled-subject = Webhook-Endpunkt deaktiviert: { $url }
webhook-disabled-gone = Der Endpunkt { $url } antwortete mit 410 Gone, daher hat das Portal ihn deaktiviert.
webhook-disabled-failing = Jede Zustellung an { $url } ist seit fünf Tagen fehlgeschlagen, daher hat das Portal ihn deaktiviert.
webhook-disabled-kept = Kein Ereignis geht verloren: Was wartet, wird zugestellt, sobald Sie den Endpunkt wieder aktivieren, und fehlgeschlagene Zustellungen lassen sich auf seiner Seite erneut senden.
webhook-disabled-open = Endpunkt öffnen
webhook-event-deal-submitted = ein Deal wurde zur Prüfung eingereicht
webhook-event-deal-approved = ein Deal wurde genehmigt
webhook-event-deal-rejected = ein Deal wurde abgelehnt
webhook-event-deal-info-requested = zu einem Deal wurden weitere Informationen angefordert
webhook-event-deal-won = ein Deal wurde gewonnen
webhook-event-deal-lost = ein Deal wurde verloren
webhook-event-deal-expired = der Schutz eines Deals ist abgelaufen
webhook-event-partner-created = eine Partnerorganisation wurde hinzugefügt
webhook-event-partner-updated = eine Partnerorganisation wurde geändert
webhook-event-partner-suspended = eine Partnerorganisation wurde gesperrt
webhook-event-application-received = ein Unternehmen hat sich als Partner beworben
webhook-event-user-invited = jemand wurde eingeladen
webhook-event-campaign-started = eine Kampagne hat begonnen
webhook-event-campaign-activated = ein Partner hat eine Kampagne aktiviert

## The API and webhook reference (/api/reference)
api-reference = API- und Webhook-Referenz
api-reference-intro = Jeder Aufruf der API dieses Portals und jedes Ereignis, das es sendet, wie sein OpenAPI-Dokument sie beschreibt.
api-reference-document = Das OpenAPI-Dokument
api-reference-auth = Aufrufe brauchen ein unter Administration → API erstelltes Token, gesendet als Authorization: Bearer ptk_…. Geldbeträge sind ganze Zahlen in der kleinsten Einheit mit einer ISO-4217-Währung; Zeiten sind RFC 3339 in UTC; Fehler sind application/problem+json.
api-reference-calls = Aufrufe
api-reference-parameters = Parameter
api-reference-body = Inhalt
api-reference-responses = Antworten
api-reference-field = Feld
api-reference-type = Typ
api-reference-required = Pflicht
api-reference-yes = ja
api-reference-in = In
api-reference-description = Beschreibung
api-reference-status = Status
api-reference-webhooks = Webhooks
api-reference-webhooks-intro = Jedes Ereignis wird als JSON mit type, timestamp und data gesendet, mit den Headern webhook-id, webhook-timestamp und webhook-signature. Prüfen Sie die Signatur mit dem Schlüssel des Endpunkts und antworten Sie innerhalb von 15 Sekunden mit 2xx. Andere Antworten werden wiederholt: sofort, dann nach 5 Sekunden, 5 Minuten, 30 Minuten, 2, 5, 10, 14 und 20 Stunden und einem Tag; 410 deaktiviert den Endpunkt.
api-reference-objects = Objekte

## Schulungen: Kurse, die Redakteure erstellen (/admin/courses)
nav-training = Schulungen
breadcrumbs = Navigationspfad
form-number-range = Bitte geben Sie eine ganze Zahl von { $min } bis { $max } ein.
upload-choose-file = Wählen Sie eine Datei zum Hochladen.
courses-title = Kurse
courses-intro = Kurse, in denen Partner Ihre Produkte kennenlernen. Verfassen Sie jeden Text in jeder Sprache, die Sie anbieten; Partner, deren Sprache fehlt, sehen Ihre Standardsprache.
courses-add = Kurs hinzufügen
courses-add-submit = Kurs hinzufügen
courses-empty = Noch keine Kurse. Fügen Sie einen hinzu, um mit der Schulung Ihrer Partner zu beginnen.
course-title = Titel
course-summary = Zusammenfassung
course-summary-hint = Ein oder zwei Sätze, die Partner im Katalog sehen.
course-status = Status
course-status-hint = Partner sehen einen Kurs, sobald er veröffentlicht ist. Ein archivierter Kurs wird nicht mehr angeboten; seine Zertifikate bleiben gültig.
course-status-draft = Entwurf
course-status-published = Veröffentlicht
course-status-archived = Archiviert
course-lessons = Lektionen
course-questions = Fragen
course-languages = Sprachen
course-all-languages = Vollständig
course-missing-in = Fehlt: { $language }
course-locale-hint = Die Sprache, in der Sie diesen ersten Text verfassen. Weitere Sprachen fügen Sie auf der Seite des Kurses hinzu.
course-starts-as-draft = Ein neuer Kurs beginnt als Entwurf: Partner sehen ihn, sobald Sie ihn veröffentlichen.
course-duration = Geschätzte Dauer (Minuten)
course-duration-hint = Optional. Die Dauer des Kurses, wie sie Partnern angezeigt wird.
course-validity = Gültigkeit des Zertifikats (Monate)
course-validity-hint = Leer: Das Zertifikat läuft nie ab.
course-validity-none = Läuft nie ab
course-pass-mark = Bestehensgrenze (%)
course-pass-mark-hint = Der Anteil richtig beantworteter Quizfragen, der zum Bestehen nötig ist.
course-attempts = Erlaubte Versuche
course-attempts-hint = Leer: unbegrenzt.
course-shuffle = Fragen bei jedem Versuch neu mischen
course-reveal = Nach jedem Versuch die richtigen Antworten zeigen
course-reveal-hint = Andernfalls erfahren Partner nur, welche Fragen falsch waren, bis sie bestehen oder keinen Versuch mehr haben.
course-tiers = Sichtbar für Stufen
course-tiers-hint = Keine ausgewählt: alle Stufen.
course-created = Der Kurs wurde als Entwurf angelegt.
course-texts-in = Texte ({ $language })
course-settings = Einstellungen
course-cover = Titelbild
course-cover-alt = Titelbild des Kurses
course-no-cover = Noch kein Titelbild.
course-cover-file = Bild
course-cover-hint = PNG, JPEG oder WebP, höchstens { $size }.
course-cover-upload = Titelbild hochladen
course-cover-saved = Das Titelbild wurde gespeichert.
course-preview-as = Vorschau als Partner
course-preview-tier = Partnerstufe
course-preview-open = Vorschau anzeigen
course-preview-visible = Partner der Stufe { $tier } sehen diesen Kurs.
course-preview-hidden = Partner der Stufe { $tier } sehen diesen Kurs nicht: Er ist nicht veröffentlicht oder nicht für ihre Stufe bestimmt.
course-problems = Bevor dieser Kurs veröffentlicht werden kann:
course-problem-default-text = Geben Sie ihm einen Titel in der Standardsprache des Portals ({ $language }).
course-problem-no-lessons = Fügen Sie mindestens eine Lektion hinzu.
course-problem-few-options = Frage { $number } braucht mindestens zwei Optionen.
course-problem-no-right-option = Frage { $number } hat keine richtige Option.
course-problem-several-right = Frage { $number } lässt nur eine Antwort zu, hat aber mehrere richtige Optionen.
course-cannot-publish = Dieser Kurs kann noch nicht veröffentlicht werden; was noch fehlt, sehen Sie oben.
course-published-told = Der Kurs ist veröffentlicht. Benachrichtigte Partnerbenutzer: { $count }.
course-no-lessons = Noch keine Lektionen.
course-move-up = Nach oben
course-move-down = Nach unten
course-move-up-label = „{ $title }“ nach oben verschieben
course-move-down-label = „{ $title }“ nach unten verschieben
course-remove = Entfernen
course-remove-label = „{ $title }“ entfernen
course-quiz = Quiz
course-quiz-intro = Partner absolvieren das Quiz nach der letzten Lektion. Ohne Fragen ist der Kurs abgeschlossen, sobald alle Lektionen erledigt sind.
course-no-questions = Keine Fragen: Der Kurs hat kein Quiz.
course-lesson-count = { $count ->
    [one] eine Lektion
   *[other] { $n } Lektionen
}
course-question-count = { $count ->
    [one] eine Frage
   *[other] { $n } Fragen
}
course-minutes = { $count ->
    [one] eine Minute
   *[other] { $n } Minuten
}
course-months = { $count ->
    [one] ein Monat
   *[other] { $n } Monate
}

## Lektionen
lesson-add = Lektion hinzufügen
lesson-add-submit = Lektion hinzufügen
lesson-added = Die Lektion wurde hinzugefügt. Verfassen Sie hier ihren Text.
lesson-title = Titel
lesson-untitled = Lektion ohne Titel
lesson-body = Text (Markdown)
lesson-body-hint = Markdown: # Überschriften, **fett**, *kursiv*, - Listen, [Links](https://…), Tabellen. Bilder aus den Dateien dieser Lektion oder von https-Adressen.
lesson-video = Videolink
lesson-video-hint = Optional, https. Videos von YouTube und Vimeo werden direkt in der Seite abgespielt; andere Adressen erscheinen als Link.
form-invalid-https = Geben Sie eine https-Adresse ein, zum Beispiel https://www.youtube.com/watch?v=…
lesson-preview-button = Vorschau anzeigen
lesson-live-preview = Vorschau
lesson-live-preview-hint = So sehen Partner die Lektion – wird beim Tippen aktualisiert.
lesson-files = Dateien
lesson-files-hint = PDFs und Bilder, die Partner öffnen können. Um ein Bild im Text anzuzeigen, kopieren Sie seine Zeile in den Text.
lesson-no-files = Noch keine Dateien.
lesson-file = Datei
lesson-file-hint = PDF, PNG, JPEG oder WebP, höchstens { $size }.
lesson-file-upload = Datei hochladen
lesson-file-use = Im Text:
lesson-file-added = Die Datei wurde hinzugefügt.
lesson-file-removed = Die Datei wurde entfernt.
lesson-moved = Die Lektion wurde verschoben.
lesson-last-of-published = Ein veröffentlichter Kurs behält mindestens eine Lektion. Fügen Sie zuerst eine weitere Lektion hinzu oder archivieren Sie den Kurs.
lesson-removed = Die Lektion wurde entfernt.
lesson-video-frame = Video: { $title }
lesson-watch-video = Video ansehen
lesson-position = Lektion { $number } von { $total }
lesson-pager = Lektionen
lesson-done-next = Erledigt – nächste Lektion
lesson-done-quiz = Erledigt – weiter zum Quiz
lesson-done-finish = Erledigt – Kurs abschließen

## Quiz
quiz-add-question = Frage hinzufügen
quiz-question-number = Frage { $number }
quiz-prompt = Frage
quiz-multiple = Mehrere Antworten können richtig sein
quiz-options = Optionen
quiz-options-hint = Markieren Sie jede richtige Option. Lassen Sie eine neue Zeile leer, um sie zu überspringen.
quiz-new-option = Neue Option
quiz-option-number = Option { $number }
quiz-option-original = In der Standardsprache: { $text }
quiz-option-right = Richtige Antwort
quiz-option-remove = Diese Option entfernen
quiz-explanation = Erklärung
quiz-explanation-hint = Optional. Wird mit dem Ergebnis angezeigt, wenn die richtigen Antworten gezeigt werden.
quiz-option-needs-text = Jede Option braucht einen Text in dieser Sprache.
quiz-two-options = Eine Frage braucht mindestens zwei Optionen.
quiz-tick-right = Markieren Sie die richtige Option.
quiz-one-right = Nur eine Option kann richtig sein. Aktivieren Sie „Mehrere Antworten können richtig sein“, um mehr zuzulassen.
quiz-question-added = Die Frage wurde hinzugefügt.
quiz-question-moved = Die Frage wurde verschoben.
quiz-question-removed = Die Frage wurde entfernt.
quiz-kind-single = eine Antwort
quiz-kind-multiple = mehrere Antworten
quiz-title = Quiz
quiz-pass-mark-line = Bestehensgrenze: { $percent } %
quiz-pick-one = Wählen Sie eine Antwort.
quiz-pick-several = Wählen Sie alle richtigen Antworten.
quiz-submit = Meine Antworten absenden
quiz-start = Quiz starten
quiz-continue = Quiz fortsetzen
quiz-retake = Erneut versuchen
quiz-back-to-course = Zurück zum Kurs
quiz-see-certificate = Mein Zertifikat ansehen
quiz-attempts-left = Genutzte Versuche: { $used }. Verbleibende Versuche: { $left }.
quiz-attempts-unlimited = Genutzte Versuche: { $used }. Keine Begrenzung.
quiz-passed-state = Bestanden
quiz-result-title = Ihr Ergebnis
quiz-passed = Sie haben bestanden.
quiz-failed = Diesmal haben Sie nicht bestanden.
quiz-score = Sie haben { $score } % erreicht; die Bestehensgrenze liegt bei { $mark } %.
quiz-right-of = { $right } von { $total } Fragen richtig.
quiz-right = Richtig
quiz-wrong = Falsch
quiz-your-answer = Ihre Antwort
quiz-right-answer = richtige Antwort
quiz-answers-hidden = Die richtigen Antworten werden angezeigt, sobald Sie bestanden haben oder keinen Versuch mehr haben.
quiz-answer-this = Beantworten Sie diese Frage.
quiz-one-answer-only = Wählen Sie hier nur eine Antwort.
quiz-passed-flash = Gut gemacht: Sie haben das Quiz bestanden.
quiz-failed-flash = Diesmal nicht bestanden. Sehen Sie sich an, welche Fragen falsch waren.
quiz-refused-lessons-first = Schließen Sie alle Lektionen ab, um das Quiz zu absolvieren.
quiz-refused-passed = Sie haben dieses Quiz bereits bestanden. Erneuern Sie den Kurs, um es noch einmal abzulegen.
quiz-refused-no-attempts = Sie haben für dieses Quiz keinen Versuch mehr. Bitten Sie Ihren Ansprechpartner beim Hersteller um Hilfe.
quiz-refused-already-submitted = Dieser Versuch wurde bereits abgesendet; es zählen Ihre ersten Antworten.
quiz-refused-forged = Diese Antworten gehören nicht zu diesem Quiz. Es wurde nichts gespeichert.
quiz-refused-unanswered = { $count ->
    [one] Eine Frage ist noch nicht beantwortet.
   *[other] { $n } Fragen sind noch nicht beantwortet.
}
quiz-refused-several = Eine Frage, die nur eine Antwort zulässt, hat mehrere.

## Kurse absolvieren (/training)
training-title = Schulungen
training-intro = Kurse für Ihre Stufe. Schließen Sie einen Kurs (und sein Quiz) ab, um ein Zertifikat zu erhalten, das jeder überprüfen kann.
training-search = Kurse durchsuchen
training-filter-status = Ihr Stand
training-filter-any = Alle
training-filter-apply = Anzeigen
training-filter-clear = Filter zurücksetzen
training-empty = Für Ihre Stufe gibt es noch keine Kurse.
training-none-match = Kein Kurs passt zu diesen Filtern.
training-progress = Fortschritt
training-percent = { $percent } %
training-enrol = Diesen Kurs beginnen
training-enrolled = Sie sind angemeldet. Hier ist die erste Lektion.
training-enrol-first = Beginnen Sie zuerst den Kurs.
training-start = Erste Lektion öffnen
training-resume = Dort weitermachen, wo Sie aufgehört haben
training-lesson-done = Lektion erledigt.
training-lessons-done = Alle Lektionen sind erledigt.
training-lesson-done-badge = Erledigt
training-certified = Herzlichen Glückwunsch: Sie haben den Kurs abgeschlossen. Hier ist Ihr Zertifikat.
training-certificate-after = Schließen Sie den Kurs ab, um sein Zertifikat zu erhalten.
training-renew = Mein Zertifikat erneuern
training-renew-hint = Absolvieren Sie den Kurs erneut (sein Quiz oder, falls er keins hat, seine Lektionen), um Ihr Zertifikat vor oder nach seinem Ablauf zu erneuern.
training-renewal-open = Erneuerung gestartet: Schließen Sie den Kurs erneut ab, um das erneuerte Zertifikat zu erhalten.
training-renewal-started = Erneuerung gestartet. Schließen Sie den Kurs erneut ab, um Ihr Zertifikat zu erneuern.
training-renew-nothing = Für diesen Kurs gibt es noch kein Zertifikat, das erneuert werden könnte.
training-my-certificates = Meine Zertifikate
training-no-certificates = Noch keine Zertifikate.
learner-status-not_started = Nicht begonnen
learner-status-in_progress = In Bearbeitung
learner-status-completed = Abgeschlossen
learner-status-certified = Zertifiziert
learner-status-expiring = Läuft bald ab

## Zertifikate
cert-title = Zertifikat
cert-heading = Abschlusszertifikat
cert-certifies = Hiermit wird bestätigt, dass
cert-completed = den folgenden Kurs abgeschlossen hat:
cert-issued = Ausgestellt
cert-expires = Läuft ab
cert-status = Status
cert-never-expires = Läuft nicht ab
cert-issued-on = Ausgestellt am { $date }
cert-expires-on = läuft am { $date } ab
cert-status-active = Gültig
cert-status-expiring = Läuft bald ab
cert-status-expired = Abgelaufen
cert-status-renewed = Erneuert
cert-status-revoked = Widerrufen
cert-banner-expiring = Dieses Zertifikat läuft innerhalb von 30 Tagen ab. Erneuern Sie es, indem Sie den Kurs erneut absolvieren.
cert-banner-expired = Dieses Zertifikat ist abgelaufen.
cert-banner-renewed = Dieses Zertifikat wurde erneuert; ein neueres ersetzt es.
cert-banner-revoked = Dieses Zertifikat wurde widerrufen.
cert-banner-active = Dieses Zertifikat ist gültig.
cert-revoked-reason = Grund: { $reason }
cert-verify-at = Prüfen Sie dieses Zertifikat unter
cert-qr-label = QR-Code der Prüfadresse
cert-print = Drucken
cert-print-hint = Wird auf einer Seite gedruckt, A4 oder Letter, ohne die Menüs des Portals.
cert-download-credential = Digitalen Nachweis herunterladen
cert-credential-hint = Ein Nachweis nach Open Badges 3.0, von diesem Portal signiert: Fügen Sie ihn einer Wallet hinzu oder teilen Sie ihn; jeder kann seine Signatur prüfen und feststellen, ob er widerrufen wurde.
cert-open-verification = Prüfseite öffnen
cert-renews = Dieses Zertifikat erneuert das vorherige:
cert-renewed-by = Erneuert durch das neuere:
cert-revoke-title = Dieses Zertifikat widerrufen
cert-revoke-reason = Grund
cert-revoke-hint = Wird dem Inhaber und auf dem Zertifikat angezeigt. Ein Widerruf kann nicht rückgängig gemacht werden; der Inhaber kann ein neues Zertifikat erwerben.
cert-revoke = Zertifikat widerrufen
cert-revoked-flash = Das Zertifikat wurde widerrufen.
cert-already-revoked = Dieses Zertifikat wurde bereits widerrufen.
credential-criteria-quiz = Hat alle Lektionen des Kurses abgeschlossen und sein Quiz mit mindestens { $mark } % bestanden.
credential-criteria-lessons = Hat alle Lektionen des Kurses abgeschlossen.
credential-description = Hat den Kurs { $course } abgeschlossen.
verify-title = Zertifikatsprüfung
verify-valid = Dieses Zertifikat ist gültig.
verify-holder = Inhaber
verify-organisation = Organisation
verify-course = Kurs
verify-vendor = Ausgestellt von
verify-explainer = Diese Seite ist die eigene Adresse des Zertifikats; sie zeigt nur, was im Zertifikat steht und ob es noch gilt.

## Schulungsberichte (/training/reports)
reports-title = Schulungsberichte
reports-intro-staff = Wer welchen Kurs belegt hat und wie weit er ist – über alle Partnerorganisationen hinweg.
reports-intro-partner = Wer in Ihrer Organisation welchen Kurs belegt hat und wie weit er ist.
reports-own-organisation = Schulungsberichte für Ihre Organisation
reports-views = Berichtsansichten
reports-by-course = Nach Kurs
reports-by-organisation = Nach Organisation
reports-by-person = Nach Person
reports-csv = Als CSV herunterladen
reports-empty = Für diese Filter gibt es nichts anzuzeigen.
report-course = Kurs
report-organisation = Organisation
report-person = Person
report-email = E-Mail
report-status = Status
report-progress = Fortschritt
report-enrolled = Angemeldet
report-search = Name oder E-Mail der Person
report-status-in_progress = In Bearbeitung
report-status-completed = Abgeschlossen
report-status-certified = Zertifiziert
report-status-expiring = Läuft bald ab
report-status-expired = Abgelaufen

## Zertifizierungsanforderungen (/admin/certification, /organisation)
certification-title = Zertifizierung
certification-intro = Was jede Stufe von ihren Partnerorganisationen verlangt: eine Anzahl von Personen, die das Zertifikat eines Kurses besitzen. Organisationen, deren Zertifikate auslaufen, werden als gefährdet angezeigt.
certification-at-risk = Gefährdete Organisationen
certification-none-at-risk = Jede Organisation erfüllt die Anforderungen ihrer Stufe.
certification-tier = Stufe
certification-holders-of = { $holders } von { $needed }
certification-requirements = Anforderungen je Stufe
certification-tier-none = Keine Anforderung.
certification-requirement-line = { $people } × zertifiziert in { $course }
certification-no-courses = Fügen Sie zuerst einen Kurs hinzu.
certification-add = Anforderung hinzufügen oder ändern
certification-add-submit = Anforderung speichern
certification-people = Benötigte Personen
certification-people-hint = Wie viele Personen jeder Organisation das Zertifikat besitzen müssen.
certification-settings = Karenzzeiten und Prüfseiten
certification-grace = Karenzzeit für { $tier } (Tage)
certification-grace-hint = Eine Organisation gilt als gefährdet, wenn ein benötigtes Zertifikat innerhalb dieser Anzahl von Tagen abläuft.
certification-show-organisation = Prüfseiten nennen die Organisation des Inhabers
certification-show-organisation-hint = Aus: Sie zeigen nur Inhaber, Kurs, Hersteller, Daten und Status.
requirement-saved = Die Anforderung wurde gespeichert.
requirement-removed = Die Anforderung wurde entfernt.
compliance-met = Erfüllt
compliance-at_risk = Gefährdet
compliance-unmet = Nicht erfüllt
org-certification = Von Ihrer Stufe verlangte Zertifizierung
org-certification-intro = Sorgen Sie für genügend zertifizierte Personen, um in Ihrer Stufe zu bleiben. Bald ablaufende Zertifikate gefährden sie.
org-certification-needed = Benötigte Personen
org-certification-holders = Derzeit zertifiziert
org-certification-expires = Ein Zertifikat läuft am { $date } ab

## Benachrichtigungen (im Portal und per E-Mail)
notify-course-published = Ein neuer Kurs ist verfügbar: { $title }
notify-certificate-expiring = Ihr Zertifikat für { $course } läuft am { $date } ab. Absolvieren Sie den Kurs erneut, um es zu erneuern.
notify-certificate-expired = Ihr Zertifikat für { $course } ist am { $date } abgelaufen. Absolvieren Sie den Kurs erneut, um es zu erneuern.

## Startseite (Dashboard jeder Rolle)
home-fallback-welcome-no-campaigns = Dies ist das Partnerportal von { $vendor }. Hier registrieren Partner Deals und absolvieren Schulungen.
dash-title = Startseite
dash-greeting = Willkommen, { $name }
dash-needs-action = Deals, bei denen Sie gefragt sind
dash-needs-action-none = Derzeit wartet nichts auf Sie. Deals, die Ihr Anbieter an Sie zurückgibt, erscheinen hier.
dash-open-deals = { $count ->
    [one] ein offener Deal
   *[other] { $n } offene Deals
}
dash-protections-ending = Bald ablaufender Schutz
dash-protections-none = In den nächsten 30 Tagen läuft kein Schutz ab.
dash-protected-until = geschützt bis { $date }
dash-recent-decisions = Letzte Entscheidungen
dash-decisions-none = Noch keine Entscheidungen.
dash-standing = Ihr Partnerstatus
dash-won-this-year = In diesem Jahr gewonnen
dash-won-deals = { $count ->
    [one] ein Deal
   *[other] { $n } Deals
}
dash-certified-people = Zertifizierte Personen
dash-requirement = { $course }: { $holders }
dash-next-tier = Um { $tier } zu erreichen
dash-next-tier-ask = Ihr Channel-Manager sagt Ihnen gern, was für den Aufstieg nötig ist.
dash-training-none = Kein Kurs in Bearbeitung und kein Zertifikat, das bald abläuft.
dash-expiring-certificates = Bald ablaufende Zertifikate
dash-to-training = Schulungskatalog ansehen
dash-all-notifications = Alle Benachrichtigungen
dash-people = Ihr Team
dash-active-people = { $count ->
    [one] eine aktive Person
   *[other] { $n } aktive Personen
}
dash-invited = Eingeladen, noch nicht angemeldet
dash-figures = Ihr Programm im Überblick
dash-queue = Deals, die auf Prüfung warten
dash-oldest = der älteste wartet { $age }
dash-days-ago = { $count ->
    [0] seit heute
    [one] seit einem Tag
   *[other] seit { $n } Tagen
}
dash-conflicts = Mögliche Konflikte
dash-applications = Partnerbewerbungen
dash-protections-soon = Schutz endet innerhalb von 30 Tagen
dash-pipeline = Pipeline in diesem Quartal
dash-since = Seit dem { $date } registrierte Deals
dash-pipeline-none = In diesem Quartal wurde noch kein Deal registriert.
dash-your-content = Ihre Inhalte
dash-missing-texts = Übersetzung fehlt
dash-enrolled-month = Kursanmeldungen in diesem Monat
dash-certified-month = Zertifikate in diesem Monat
dash-assets-published = Veröffentlicht
dash-assets-draft = Entwurf
setup-title = Portal einrichten
setup-all-done = Alles ist eingerichtet. Ihre Partner haben alles, was sie brauchen.
setup-progress = { $done } von { $total } Schritten erledigt
setup-done = Erledigt
setup-to-do = Offen
setup-branding = Logo und Farben hinzufügen
setup-branding-hint = Partner sehen Ihre Marke auf jeder Seite und in jeder E-Mail.
setup-languages = Sprachen auswählen
setup-languages-hint = Bieten Sie das Portal in den Sprachen an, die Ihre Partner sprechen.
setup-products = Produkte hinzufügen
setup-products-hint = Partner wählen sie aus, wenn sie einen Deal registrieren.
setup-tiers = Partnerstufen prüfen
setup-tiers-hint = Die Stufen bestimmen Schutzdauer, Rabatte und was Partner sehen.
setup-sign-in = Anmeldung anbinden
setup-sign-in-hint = Ermöglichen Sie Ihren Mitarbeitern und Partnern die Anmeldung über ihren eigenen Identitätsanbieter.
setup-team = Ihr Team einladen
setup-team-hint = Channel-Manager prüfen Deals; Redakteure erstellen Kurse und Kampagnen.
setup-first-partner = Ersten Partner einladen
setup-first-partner-hint = Laden Sie eine Partnerorganisation ein oder nehmen Sie eine Bewerbung an.

## Berichtswährung und Wechselkurse
money-converted = { $value } (umgerechnet)
analytics-unvalued = { $count ->
    [one] ein Deal ohne Kurs
   *[other] { $n } Deals ohne Kurs
}
analytics-range = Zeitraum
analytics-all-time = Gesamten Zeitraum anzeigen
analytics-total-value = Wert: { $value }.
analytics-converted-at = Werte in { $currency }, umgerechnet mit Ihren Wechselkursen (ältester Kurs vom { $date }).
analytics-in-currency = Werte in { $currency }.
analytics-value = Wert ({ $currency }, umgerechnet)
dash-of = { $have } von { $need }
dash-needs-won-value = In diesem Jahr gewonnen: { $progress }
dash-needs-won-deals = In diesem Jahr gewonnene Deals: { $progress }
dash-won-deals-label = In diesem Jahr gewonnene Deals
tiers-min-won-value = Erforderlicher gewonnener Wert pro Jahr ({ $currency })
tiers-min-won-deals = Erforderliche gewonnene Deals pro Jahr
tiers-invalid-amount = Bitte geben Sie einen Betrag in { $currency } ein, zum Beispiel 25000 oder 25.000,50.
tiers-currency-hint = Beträge sind in { $currency } angegeben, Ihrer Berichtswährung: Deals in anderen Währungen werden mit Ihren Wechselkursen umgerechnet und verglichen.
currency-title = Währung und Kurse
currency-intro = Deals behalten die Währung, in der sie registriert wurden. Dealübergreifende Zahlen – Sortierung nach Wert, Wertfilter, Analysen, Stufenschwellen und der Partnerstatus – werden in einer einheitlichen Berichtswährung ausgewiesen, umgerechnet mit den Kursen, die Sie hier pflegen.
currency-reporting = Berichtswährung
currency-reporting-hint = Wenn Sie sie ändern, werden Ihre Kurse über die bisherige Berichtswährung auf die neue umgerechnet, sofern für die neue ein Kurs hinterlegt ist; andernfalls werden die Kurse gelöscht.
currency-reporting-save = Berichtswährung ändern
currency-invalid = Bitte wählen Sie eine der Währungen aus der Liste.
currency-rates = Wechselkurse
currency-rates-hint = Für jede Währung: was eine Einheit in { $reporting } wert ist und von welchem Tag der Kurs stammt. Lassen Sie einen Kurs leer, um ihn zu entfernen.
currency-unconverted = { $count ->
    [one] Ein Deal lautet auf eine Währung ohne Kurs: Er wird in dealübergreifenden Zahlen mitgezählt, aber nicht bewertet.
   *[other] { $n } Deals lauten auf Währungen ohne Kurs: Sie werden in dealübergreifenden Zahlen mitgezählt, aber nicht bewertet.
}
currency-currency = Währung
currency-rate = Kurs
currency-as-of = Kursdatum
currency-as-of-of = Kursdatum für { $currency }
currency-one-unit = 1 { $currency } in { $reporting }
currency-deals = { $count ->
    [one] ein Deal
   *[other] { $n } Deals
}
currency-rate-invalid = Bitte geben Sie den Kurs für { $currency } als Zahl größer als 0 ein, zum Beispiel 1,0842.
currency-date-invalid = Bitte geben Sie das Kursdatum für { $currency } ein: heute oder ein früheres Datum.
currency-rates-save = Kurse speichern
