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

## Navigation for signed-in users
nav-admin = Administration
nav-organisation = My organisation
nav-sign-in = Sign in
nav-sign-out = Sign out

## Forms
form-required = Please fill in this field.
form-too-long = Please use at most { $max } characters.
form-invalid-characters = This field contains characters that are not allowed.
form-invalid-email = Please enter an e-mail address such as name@example.com.
form-invalid-choice = Please choose one of the offered options.
form-saved = Your changes have been saved.
field-email = E-mail address
field-password = Password
field-new-password = New password
field-password-confirm = Repeat the new password
field-name = Name

## Sign-in
sign-in-heading = Sign in
sign-in-continue = Continue
sign-in-submit = Sign in
sign-in-email-first = Enter your work e-mail address. If your company signs in through its own identity provider, we will take you there.
sign-in-other-address = Use another address
sign-in-with-provider = Or sign in with your organisation's account:
sign-in-wrong-credentials = The e-mail address or the password is not right.
sign-in-throttled = Too many failed attempts. Please try again in { $minutes } minutes.
sign-in-sso-failed = Signing in through your organisation's identity provider did not work. Please try again or contact your administrator.
flash-signed-out = You have been signed out.
flash-welcome = Welcome! Your password is set and you are signed in.
flash-password-changed = Your password has been changed. Other sessions have been signed out.

## Passwords
password-hint = At least 12 characters. A few unrelated words make a strong, memorable password.
password-too-short = The password must have at least 12 characters.
password-too-long = The password may have at most 128 characters.
password-too-common = This password is too common or too simple. Please choose another.
password-like-email = The password must not resemble your e-mail address.
password-mismatch = The two passwords do not match.
set-password-submit = Save password and sign in

## Invitations and password reset
invitation-heading = Join { $portal }
invitation-intro = Choose a password for your new account.
invitation-invalid-heading = This invitation cannot be used
invitation-invalid-body = The link has expired, has already been used, or is incomplete. Ask the person who invited you to send a new invitation.
reset-heading = Choose a new password
reset-intro = Enter a new password for your account. Everywhere else you are signed in, you will be signed out.
reset-invalid-heading = This link cannot be used
reset-invalid-body = The password reset link has expired, has already been used, or is incomplete. You can request a new one.
forgot-link = Forgot your password?
forgot-heading = Reset your password
forgot-intro = Enter the e-mail address of your account. We will send you a link to choose a new password.
forgot-submit = Send link
forgot-sent-heading = Check your e-mail
forgot-sent-body = If an account with this address exists, we have sent it a link to choose a new password. The link is valid for one hour.
mail-reset-subject = Reset your password for { $portal }
mail-reset-body = Someone asked to reset the password of your account on { $portal }. If it was you, choose a new password with the link below.
mail-reset-action = Choose a new password
mail-reset-expiry = The link works once and expires in { $minutes } minutes.
mail-reset-ignore = If you did not ask for this, ignore this e-mail: your password stays as it is.

## Errors (more)
error-csrf-body = This form was sent from another page or has expired. Reload the page and try again.
error-429-title = Too many attempts
error-429-body = Please wait a few minutes before you try again.
