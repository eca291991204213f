# Portico — English (United States). The reference bundle: every other locale
# carries exactly these message ids with the same variables.

## Layout
skip-to-content = Skip to main content
nav-main-label = Main navigation
nav-home = Home
language-switcher-label = Language
language-switcher-submit = Change language
language-current = { $language } (current language)
footer-powered-by = Powered by Portico
footer-links-label = Useful links
flash-dismiss = Dismiss message
flash-language-changed = The portal is now shown in { $language }.

## Language names, each written in its own language
language-name-en-US = English
language-name-de-DE = Deutsch
language-name-fr-FR = Français
language-name-es-ES = Español
language-name-ja-JP = 日本語

## Tenant home page
home-title = Welcome to { $portal }
home-fallback-welcome = This is the partner portal of { $vendor }. Partners register deals, take training and run co-branded campaigns here.
home-updated = Program information updated { $date }.

## Platform host
platform-title = Portico
platform-heading = Partner portals for every vendor
platform-lead = This address hosts Portico itself. Each vendor's partner portal has an address of its own, such as { $example }.
platform-operators = Platform operators manage portals from the command line, for example with “portico tenant list”.

## Error pages
error-400-title = Bad request
error-400-body = The request could not be understood. Check the address and try again.
error-403-title = Access denied
error-403-body = You do not have permission to open this page.
error-404-title = Page not found
error-404-body = There is no page at this address. It may have moved, or the link may be mistyped.
error-404-host-body = No partner portal is set up at this address. Check the address you were given.
error-405-title = Action not allowed
error-405-body = This page does not support that kind of request.
error-413-title = Request too large
error-413-body = What you sent is larger than this portal accepts. Shorten it and try again.
error-500-title = Something went wrong
error-500-body = An unexpected error stopped this page. The problem has been logged; please try again in a moment.
error-503-title = Temporarily unavailable
error-503-body = The portal cannot answer right now. Please try again in a moment.
error-reference = Reference { $reference }, { $time }
error-back-home = Go to the home page
suspended-title = This portal is suspended
suspended-body = The partner portal of { $portal } is not available at the moment. Please contact the vendor for details.

## Roles
role-vendor_admin = Vendor admin
role-channel_manager = Channel manager
role-marketing_editor = Marketing editor
role-partner_admin = Partner admin
role-partner_user = Partner user

## E-mail
mail-greeting = Hello { $name },
mail-footer = Sent by { $portal } · { $url }
mail-invitation-subject = You're invited to { $portal }
mail-invitation-body = You have been invited to { $portal } as { $role }. Accept the invitation to choose your password and sign in.
mail-invitation-action = Accept the invitation
mail-invitation-expiry = This link works once and expires on { $date }.
mail-invitation-ignore = If you did not expect this invitation, you can ignore this e-mail.

## Development mailbox (shown when no SMTP server is configured)
dev-mailbox-title = Development mailbox
dev-mailbox-intro = No SMTP server is configured, so Portico writes every e-mail to { $path }. The newest messages come first.
dev-mailbox-empty = No e-mail has been written yet.
dev-mailbox-date = Date
dev-mailbox-to = To
dev-mailbox-from = From
dev-mailbox-subject = Subject
dev-mailbox-message-id = Message-ID
dev-mailbox-text-part = Text part
dev-mailbox-html-part = HTML part
dev-mailbox-back = All messages
nav-mailbox = Mailbox
