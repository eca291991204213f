# Portico — English (United States). The reference bundle: every other locale
# carries exactly these message ids with the same variables.

## Layout
skip-to-content = Skip to main content
nav-main-label = Main navigation
nav-menu = Menu
nav-marketing = Marketing
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
removed-title = This portal has been removed
removed-body = The partner portal of { $portal } has been removed. Please contact the vendor for details.

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
form-error-summary = { $count ->
    [one] Please correct one field
   *[other] Please correct { $n } fields
}
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
sign-in-organisation-suspended = Your organisation’s access to { $portal } is suspended, so nobody of it can sign in. Please ask your contact at the vendor.
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

## Administration
admin-nav-label = Administration sections
admin-overview = Overview
admin-overview-intro = Use the sections on the left to brand your portal, choose its languages, adjust its texts, and manage users, partners and sign-in.
admin-branding = Branding
admin-languages = Languages
admin-texts = Interface texts
admin-users = Users
admin-partners = Partners
admin-sso = Sign-in providers
admin-mail = Mail log
admin-stat-users = Users
admin-stat-partners = Partner organisations
admin-stat-storage = Files stored
admin-stat-queued-mail = E-mails waiting
form-save = Save

## Branding
branding-portal-name = Portal name
branding-primary-color = Primary colour
branding-accent-color = Accent colour
branding-mail-sender = Sender name in e-mails
branding-footer-links = Footer links
branding-footer-links-hint = One link per line, written as “Label | https://example.com”.
branding-invalid-color = Please choose a colour such as #1f4e8c.
branding-invalid-link = This line is not “Label | https://…”: { $line }
branding-preview = Preview
branding-preview-heading = Welcome to the partner program
branding-preview-button = Register a deal
branding-logo = Logo
branding-logo-current = Current logo
branding-logo-file = Logo image
branding-logo-hint = PNG, JPEG or WebP, at most 512 KB. A square image looks best.
branding-logo-upload = Upload logo
branding-logo-saved = The new logo is in place.
branding-logo-missing = Please choose an image file.

## Languages
languages-enabled = Languages offered
languages-default = Default language
languages-default-not-enabled = The default language must be one of the languages offered.
languages-welcome = Welcome text
languages-welcome-locale = Language of the text
languages-welcome-open = Edit this language
languages-welcome-text = Welcome text on the home page
languages-welcome-hint = Plain text; leave an empty line between paragraphs.
welcome-empty = The welcome text cannot be empty.

## Interface texts
texts-intro = Replace any text of the portal for your partners, per language — for example call a “Deal” an “Opportunity”. Placeholders such as { "{ $portal }" } are filled in as before.
texts-locale = Language
texts-search = Search by id or text
texts-search-submit = Search
texts-count = { $count } matching texts
texts-id = Id
texts-built-in = Built-in text
texts-override = Your text
texts-override-for = Your text for { $id }
texts-reset = Use built-in text
texts-removed = The built-in text is used again.
texts-invalid = The text is too long or contains characters that are not allowed.
texts-error-brace = A brace must open and close a placeholder such as { "{ $portal }" }; a lone “{ "{" }” or “{ "}" }” is not allowed.
texts-error-default = A choice between forms needs exactly one default form, marked with *.
texts-error-reference = A text may not refer to other messages, terms or functions.
texts-error-placeholder = { $name } is not a placeholder of this text. It has: { $known }.
texts-error-no-placeholders = { $name } is not a placeholder of this text, which has none.
texts-error-syntax = The text is not valid for this message (the parser says: { $detail }).
texts-rename = Rename a term
texts-rename-intro = Replace a word in every text of this language at once — for example “Deal” by “Opportunity”. Whole words only, in the letter case found; placeholders stay as they are. You see every change before it is made.
texts-rename-from = Term used now
texts-rename-to = New term
texts-rename-preview = Preview the changes
texts-rename-same = The new term must differ from the one used now by more than letter case (the case found in each text is kept).
texts-rename-summary = Renaming “{ $from }” to “{ $to }” in { $language }.
texts-rename-none = No text of this language contains that term as a whole word: nothing would change.
texts-rename-back = Back to the texts
texts-rename-count = { $count ->
    [one] One text changes:
   *[other] { $count } texts change:
}
texts-rename-preview-caption = Texts before and after the rename
texts-rename-before = Now
texts-rename-after = After the rename
texts-rename-apply = { $count ->
    [one] Change this text
   *[other] Change these { $count } texts
}
texts-rename-cancel = Cancel
texts-renamed = The term was renamed. Each changed text can be put back to the built-in one below.

## Users
users-organisation = Organisation
users-role = Role
users-status = Status
users-actions = Actions
users-role-of = Role of { $name }
users-change-role = Change
users-deactivate = Deactivate
users-reactivate = Reactivate
users-resend = Send invitation again
users-invite = Invite a user
users-invite-submit = Send invitation
users-invited = An invitation is on its way to { $email }.
users-invitation-resent = A new invitation has been sent.
users-deactivated = The user is deactivated and signed out everywhere.
users-reactivated = The user can sign in again.
users-email-taken = Someone in this portal already uses this e-mail address.
users-role-mismatch = This role does not fit the organisation: staff roles are for your own company, partner roles for partners.
users-role-not-allowed = You cannot give or change this role.
users-own-account = You cannot change your own account here.
user-status-invited = Invited
user-status-active = Active
user-status-disabled = Deactivated

## Partners
partners-empty = No partner organisations yet.
partners-tier = Tier
partners-count = { $count ->
    [one] one partner organisation
   *[other] { $n } partner organisations
}
partners-country = Country
partners-country-hint = Start typing its name and pick it from the list, or type its two-letter code (DE, JP).
partners-domains = E-mail domains
partners-domains-hint = Comma-separated, for example partner.com, partner.de. Used to recognise the partner's users at sign-in.
partners-website = Website
partners-add = Add a partner organisation
partners-add-submit = Add partner
partners-created = { $name } has been added.
partners-name-taken = A partner with this name exists already.
partners-invalid-website = Enter a web address, such as fabrikam.example or https://fabrikam.example.
partners-invalid-country = Choose a country from the list, or type its two-letter code such as DE.
partners-invalid-domains = Please list domains such as partner.com, separated by commas.

## Mail log
mail-log-empty = No e-mail has been sent from this portal yet.
mail-log-attempts = Attempts
mail-log-last-error = Last error: { $error }
mail-log-retry = Try again
mail-requeued = The message will be sent again shortly.
mail-status-queued = Waiting
mail-status-sent = Sent
mail-status-parked = Failed

## Sign-in providers
sign-in-sso-failed-heading = Sign-in did not work
sso-intro = Let partners and staff sign in with their own company's identity provider (OpenID Connect). Each provider belongs to one organisation and serves the e-mail domains you list.
sso-add = Add a provider
sso-empty = No sign-in providers yet.
sso-issuer = Issuer URL
sso-issuer-hint = The provider's issuer, for example https://login.example.com. Its discovery document is checked when you save.
sso-invalid-issuer = Please enter the issuer as a URL starting with https://.
sso-discovery-unreachable = Could not reach the provider at { $issuer }. Check the address, and that the provider answers from where Portico runs.
sso-discovery-status = The provider at { $issuer } answered with status { $status } instead of its discovery document (/.well-known/openid-configuration). Check the issuer URL.
sso-discovery-invalid = The provider at { $issuer } did not send an OpenID Connect discovery document. Check the issuer URL.
sso-discovery-mismatch = The discovery document at { $issuer } names another issuer, or lacks what sign-in needs. Use the issuer URL exactly as the provider states it.
sso-client-id = Client ID
sso-client-secret = Client secret
sso-client-secret-hint = Stored encrypted; it is never shown again.
sso-client-secret-keep = Leave empty to keep the current secret.
sso-client-secret-kept = The secret you typed is kept (sealed, never shown): type another to replace it.
sso-scopes = Extra scopes
sso-invalid-scopes = Scopes are words separated by spaces, such as “email profile”.
sso-domains-hint = Users whose address ends in one of these domains sign in through this provider.
sso-organisation-hint = The provider signs people into this organisation only.
sso-jit = Create accounts on first sign-in (just-in-time)
sso-default-role = Role of new accounts
sso-required = SSO required
sso-required-label = Require this provider for its domains (no password sign-in or reset)
sso-yes = Yes
sso-no = No
sso-callback = Redirect URI to register at the provider
sso-callback-hint = Register exactly this address as the redirect (callback) URI of the client.
sso-remove = Remove provider
sso-removed = The provider has been removed.

## Platform operators
operator-sign-in = Operator sign-in
operator-sign-in-intro = This one-time link signs you in to the Portico platform console.
operator-sign-in-submit = Sign in to the console
operator-link-invalid = This sign-in link has expired or has already been used. Create a new one with “portico operator create”.
operator-console = Platform console
operator-signed-in-as = Signed in as { $email }
operator-tenants = Tenants
operator-no-tenants = No tenants yet.
operator-tenant = Tenant
operator-created = Created
tenant-status-active = Active
tenant-status-suspended = Suspended
sign-in-sso-redirect = Your organisation signs in with { $provider }. Taking you there…

## Deals
nav-deals = Deals
deals-title = Deal registrations
deals-new = Register a deal
deals-edit = Edit the registration
deals-export = Export CSV
deals-filters = Filter deals
deals-search = Search company, domain or contact
deals-any = Any
deals-created-from = Registered from
deals-created-to = Registered until
deals-value-min = Value from ({ $currency }, converted)
deals-value-max = Value up to ({ $currency }, converted)
deals-sort = Sort by
deals-apply = Apply
deals-needs-review = Needs review
csv-yes = yes
deals-empty = No deals yet.
deals-none-match = No deal matches these filters.
deals-clear-filters = Clear the filters
deals-first-page = Back to the first page
deals-count = { $count ->
    [one] one deal
   *[other] { $n } deals
}
deals-count-matching = { $count ->
    [one] One deal matches these filters.
   *[other] { $n } deals match these filters.
}
deals-next-page = More deals
deals-save-draft = Save as draft
deal-sort-newest = Newest first
deal-sort-oldest = Oldest first
deal-sort-value_desc = Highest value
deal-sort-value_asc = Lowest value
deal-sort-close_asc = Closing soonest
deal-section-customer = Customer
deal-section-opportunity = Opportunity
deal-section-details = Details
deal-section-actions = What happens next
deal-field-id = Id
deal-field-partner = Partner
deal-field-company = Customer company
deal-field-domain = Customer web domain
deal-field-country = Country
deal-field-contact = Contact
deal-field-contact-email = Contact e-mail
deal-field-value = Estimated value
deal-field-currency = Currency
deal-field-close = Expected close
deal-field-description = Description
deal-field-products = Products
deal-field-status = Status
deal-field-protected-until = Protected until
deal-field-created = Registered
deal-invalid-domain = Please enter the customer's web domain, such as example.com.
deal-invalid-value = Please enter a positive amount, such as 12500 or 12,500.00.
deal-value-too-large = A deal can be worth at most { $max }.
deal-invalid-date = Please enter a date such as 2027-03-31.
deal-invalid-close-range = The expected close must lie between last month and five years from now.
deal-conflict-hint = Another registration may cover this customer. You can still submit: the vendor will review it before deciding.
deal-under-review = This registration is under review by the vendor.
deal-no-actions = Nothing to do on this deal right now.
deal-message-to-partner = Message to the partner
deal-message-to-partner-required = Message to the partner (required: the reason)
deal-message-to-partner-optional = Message to the partner (optional)
deal-message-to-partner-hint = The partner sees this on the deal and in their e-mail.
deal-message-from-vendor = Message from the vendor
deal-internal-note = Internal note (staff only)
deal-internal-note-optional = Internal note (optional)
deal-internal-note-hint = Only vendor staff ever see this: never the partner, on no page and in no e-mail.
deal-question-heading = The vendor asks
deal-reply = Your answer
deal-reply-hint = It goes into the deal’s timeline, and the deal goes back for review.
deal-reply-submit = Answer and resubmit
deal-reply-edit = Change the deal’s details first
deal-message-from-partner = Answer from the partner
deal-request-extension = Ask for longer protection
deal-extension-pending = Extension requested
deal-extension-grant = Grant extension
deal-extension-refuse = Refuse extension
deal-conflicts = Possible conflicts
deal-conflicts-intro = Other open registrations for the same customer, side by side. Matching fields are marked.
deal-conflict-this-named = This registration: { $partner }, { $company }
deal-conflict-other-named = { $partner }, { $company }
deal-conflict-registered = registered { $date }
deal-conflict-resolve-hint = Decide the whole set in one step: approve one registration and the others waiting for review are rejected, each partner with the message in its own column.
deal-conflict-reason = Message to { $partner } if another registration is approved
deal-conflict-reason-hint = Only this partner reads it.
deal-conflict-reason-required = Write the reason this partner is told when another registration is approved.
deal-conflict-approve-this = Approve this one, reject the others
deal-conflict-untouched = Not waiting for review: deciding the set leaves it as it is.
deal-conflict-match = match
deal-conflict-same-partner = same partner
deal-timeline = Timeline
deal-via-token = through the API token “{ $name }”
deal-status-draft = Draft
deal-status-submitted = Submitted
deal-status-approved = Approved
deal-status-rejected = Rejected
deal-status-info_requested = Information requested
deal-status-won = Won
deal-status-lost = Lost
deal-status-expired = Expired
deal-action-submit = Submit for approval
deal-action-approve = Approve
deal-action-reject = Reject
deal-action-request_info = Ask for more information
deal-action-resubmit = Submit again
deal-action-win = Mark as won
deal-action-lose = Mark as lost
deal-action-expire = Expire
deal-event-created = Registration created
deal-event-edited = Details edited
deal-event-submit = Submitted
deal-event-resubmit = Submitted again
deal-event-approve = Approved
deal-event-auto_approve = Approved automatically (tier rule)
deal-event-reject = Rejected
deal-event-request_info = More information requested
deal-event-win = Marked as won
deal-event-lose = Marked as lost
deal-event-expire = Protection expired
deal-event-extension_requested = Extension requested
deal-event-extension_granted = Extension granted
deal-event-extension_refused = Extension refused
deal-error-not-allowed = This step is not possible for this deal now.
deal-error-too-many-open = Your tier allows { $max } open deals at a time. Close or finish one first.
deal-error-comment-required = Please give a reason.
deal-error-partner-inactive = Your partner organisation is not active, so it cannot submit deals.
deal-error-too-many-drafts = You already keep { $max } drafts, the most this portal allows. Submit one of them first.
deal-flash-saved = The registration is saved as a draft.
deal-flash-submitted = The registration is submitted.
deal-flash-approve = The deal is approved.
deal-flash-reject = The deal is rejected.
deal-flash-resolved = The registration is approved; the others in conflict are rejected and each partner is told why.
deal-flash-request_info = The partner has been asked for more information.
deal-flash-resubmit = The registration is submitted again.
deal-flash-submit = The registration is submitted.
deal-flash-win = The deal is marked as won.
deal-flash-lose = The deal is marked as lost.
deal-flash-expire = The deal has expired.
deal-flash-extension-requested = The extension is requested.
deal-flash-extension-granted = The extension is granted.
deal-flash-extension-refused = The extension is refused.

## Notifications
notifications-title = Notifications
notifications-bell = Notifications, { $count } unread
notifications-empty = No notifications yet.
notifications-read-all = Mark all as read
notifications-mark-read = Mark as read
notification-open = Open the deal
notify-deal-submitted = { $partner } registered the deal “{ $company }”.
notify-deal-submitted-conflict = { $partner } registered the deal “{ $company }”, which may conflict with another registration.
notify-deal-approved = Your deal “{ $company }” is approved and protected until { $date }.
notify-deal-rejected = Your deal “{ $company }” was rejected: { $comment }
notify-deal-info-requested = More information is needed for your deal “{ $company }”: { $comment }
notify-extension-requested = { $partner } asks to extend the protection of “{ $company }”.
notify-extension-granted = The protection of “{ $company }” is extended until { $date }.
notify-extension-refused = The extension for “{ $company }” was refused.
notify-deal-expiring = The protection of “{ $company }” ends on { $date }.
notify-deal-expired = The protection of “{ $company }” has expired.

## Analytics
analytics-title = Pipeline analytics
analytics-total = { $count } deals in all.
analytics-summary = { $n } deals.
analytics-deals = Deals
analytics-by-status = By status
analytics-by-partner = By partner
analytics-by-tier = By tier
analytics-by-month = By month registered
analytics-no-tier = No tier

## Products and tiers
admin-products = Products
admin-tiers = Tiers
products-intro = Partners choose from these products when they register a deal.
products-empty = No products yet.
products-sku = SKU
products-active = Active
products-inactive = Hidden
products-activate = Show again
products-deactivate = Hide
products-add = Add product
products-name-taken = A product with this name exists already.
tiers-intro = Partners move up the tiers; each tier sets how long approved deals stay protected, how many deals may be open at once, and up to which value deals are approved automatically.
tiers-protection-days = Protection (days)
tiers-max-open = Open deals at most
tiers-auto-approve = Automatic approval up to ({ $currency })
tiers-hint = 0 open deals means no limit; 0 for automatic approval means never. Deals that may conflict with another registration are always reviewed by a person.
tiers-add = Add tier
tiers-invalid-number = Please enter a whole number from 0 to { $max }.
tiers-drafts-heading = Drafts
tiers-drafts-label = Drafts per partner user
tiers-drafts-hint = How many unsubmitted drafts one person may keep at a time. Submitted deals count against their tier’s open deals instead.
tiers-drafts-invalid = Please enter a whole number from 1 to { $max }.
deal-review-by = The { $portal } team reviews it and decides by { $date }.
tiers-review-heading = Review
tiers-review-label = Working days to a decision
tiers-review-hint = Partners are told by when to expect a decision on a deal they submit (Monday to Friday count).
tiers-review-invalid = Please enter a whole number from 1 to { $max }.
tiers-name-taken = A tier with this name exists already.

## Recruitment
admin-applications = Applications
apply-title = Become a partner
apply-intro = Tell us about your company and we will get back to you. Partners of { $portal } register deals, get certified and run co-branded campaigns.
apply-company = Company
apply-contact-name = Your name
apply-contact-email = Your work e-mail
apply-message = What would you like to sell with us?
apply-submit = Send application
apply-thanks-heading = Thank you for applying
apply-thanks-body = We have received your application and will answer by e-mail.
apply-too-many = Too many applications came from your network in the last hour. Please try again later.
applications-none-pending = No applications are waiting.
applications-approve = Approve and invite
applications-reject = Reject
applications-reason = Reason
applications-decided = Decided applications
applications-approved = { $company } is now a partner; its admin has been invited.
applications-rejected = The applicant has been told.
applications-reason-required = Please give a reason for the rejection.
applications-status-approved = Approved
applications-status-rejected = Rejected
applications-status-pending = Waiting
notify-application = { $company } applied to become a partner.
mail-application-rejected-subject = Your application to { $portal }
mail-application-rejected-body = Thank you for your interest. We have decided not to accept { $company } into the partner program of { $portal } at this time, for this reason:

## Partner organisations
partners-search = Search name or domain
org-status-active = Active
org-status-suspended = Suspended
org-status-applicant = Applicant
org-no-users = No users yet.
org-all-deals = All deals of this partner
org-title = My organisation
org-your-tier = Your tier
org-next-tier = Next tier
org-next-tier-hint = Talk to your channel manager about moving up.
org-top-tier = You are in the highest tier.
org-no-tier = Your organisation has no tier yet.
org-unlimited = No limit
org-auto-never = Never
org-auto-up-to = Up to { $amount }
org-open-now = { $count } open now
home-review-deals = Review deals

## Uploads
upload-refused-empty = The file is empty.
upload-refused-type = This kind of file is not accepted here. Use one of the types listed.
upload-refused-svg = SVG files are not accepted (they can carry scripts). Export the image as PNG or WebP.
upload-refused-pixels = The image is too large in pixels (at most 12,000 pixels a side and 48 megapixels).
upload-refused-broken = The file cannot be read: it is damaged or not what it claims to be.
upload-refused-encrypted = The PDF is protected by a password or encrypted. Upload a copy without protection.
upload-refused-too-large = The file is larger than { $size }.

## Partner co-branding profile
profile-title = Co-branding profile
profile-hint = What co-branded material (datasheets, e-mails, landing pages) shows of your organisation.
profile-contact-name = Contact name
profile-contact-email = Contact e-mail
profile-contact-phone = Contact phone
profile-logo-file = Logo
profile-logo-hint = PNG, JPEG or WebP, up to 2 MB. Shown on co-branded material.
profile-logo-current = Current logo
profile-no-logo = No logo yet.
profile-ask-admin = Your organisation's partner admins can change this profile.
profile-saved = Profile saved.
profile-logo-saved = Logo saved.
form-invalid-phone = Enter a phone number with at least five digits (spaces and + ( ) - . / are allowed).

## Asset library
nav-assets = Asset library
assets-title = Asset library
assets-add = Add an asset
assets-add-submit = Add the asset
assets-search = Search titles and descriptions
assets-empty = No assets match. Add one, or change the filters.
asset-kind = Kind
asset-kind-image = Image
asset-kind-pdf = PDF document
asset-status = Status
asset-status-draft = Draft
asset-status-published = Published
asset-status-archived = Archived
asset-tag = Tag
asset-preview = Preview
asset-title = Title
asset-description = Description
asset-versions = Versions
asset-version = Version
asset-version-number = Version { $number }
asset-version-current = current
asset-file = File
asset-file-hint = PDF, PNG, JPEG or WebP, up to { $size }. What the file is comes from its content, not its name.
asset-file-missing = Choose a file to upload.
asset-text-locale = Language of this text
asset-text-locale-hint = Add the other languages on the asset's page.
asset-tags = Tags
asset-tags-hint = Separated by commas, for example: datasheet, security.
asset-tiers = Visible to tiers
asset-tiers-hint = None ticked: every partner sees it once it is published.
asset-partners-downloaded = { $count ->
    [one] downloaded by one partner organisation
   *[other] downloaded by { $n } partner organisations
}
asset-text-missing = Missing in:
asset-text-missing-badge = missing
asset-texts = Title and description
asset-publishing = Publishing
asset-version-locale = For
asset-version-locale-hint = A version for one language replaces the file only for partners who use that language.
asset-version-all-locales = Every language
asset-version-note = What changed (optional)
asset-downloads = Downloads
asset-no-versions = No versions yet.
asset-pages = { $count ->
    [one] one page
   *[other] { $n } pages
}
asset-new-version = Upload a new version
asset-upload-version = Upload the version
asset-created = Asset added.
asset-version-added = New version uploaded. Partners get it from now on.
library-title = Asset library
library-intro = Material from your vendor to use in your own marketing.
library-empty = Nothing here yet for your partner tier, or nothing matches the filters.
library-not-in-your-language = This asset is not available in your language; it is shown in { $language }.
library-download = Download

## E-mail preferences and unsubscribe
prefs-title = E-mail preferences
prefs-intro = Choose which optional e-mail you get. Notifications in the portal stay on.
prefs-legend = Send me e-mail about
prefs-essential = Mail about your deals, your account and its security is always sent.
prefs-saved = Preferences saved.
prefs-category-campaigns = new marketing campaigns for my partner tier
prefs-category-asset-updates = new versions of assets I downloaded
prefs-category-courses = new courses and certificate reminders
mail-unsubscribe = Stop e-mail about { $category }
unsubscribe-title = Unsubscribe
unsubscribe-ask = Stop e-mail about { $category }?
unsubscribe-confirm = Unsubscribe
unsubscribe-done = Done: you will no longer get e-mail about { $category }.
unsubscribe-change = Change your e-mail preferences
notify-asset-superseded = A new version of “{ $title }” is available (version { $number }).

## Campaigns
nav-campaigns = Campaigns
campaigns-title = Campaigns
campaigns-add = New campaign
campaigns-add-submit = Create the campaign
campaigns-empty = No campaigns yet.
campaign-name = Name
campaign-period = Period
campaign-period-value = { $start } to { $end }
campaign-status = Status
campaign-status-draft = Draft
campaign-status-scheduled = Scheduled
campaign-status-active = Active
campaign-status-ended = Ended
campaign-assets = Assets
campaign-starts = Starts on
campaign-ends = Ends on (inclusive)
campaign-tiers = Target tiers
campaign-tiers-hint = None ticked: every partner tier.
campaign-no-assets = The library has no published assets yet.
campaign-ready = Ready: run it in its period
campaign-ready-hint = Until it is ready it stays a draft that partners never see. When it starts, its partners are told in the portal and by e-mail.
campaign-stats = Numbers
campaign-stats-notified = Partners notified
campaign-stats-viewed = Partners who viewed it
campaign-stats-activated = Partners who activated it
campaign-stats-per-partner = Per partner organisation
campaign-stats-partner = Partner
campaign-stats-downloads = Downloads
campaign-stats-note = How they run it
campaign-stats-empty = No partner has seen it yet.
campaign-stats-per-version = Downloads per asset version
campaign-stats-csv = Download as CSV
campaign-yes = yes
campaign-no = no
campaign-invalid-date = Enter a date like 2026-12-31.
campaign-ends-before-start = The end is before the start.
campaign-created = Campaign created.
campaigns-partner-intro = Campaigns from your vendor running now for your partner tier.
campaigns-partner-empty = No campaign is running for your partner tier right now.
campaign-partner-no-assets = This campaign has no assets for your tier.
campaign-activate-title = Run this campaign
campaign-activated-state = Activated
campaign-activate-note = How you run it (optional)
campaign-activate-note-hint = For example: newsletter on the 10th, two webinars. Your vendor sees this note.
campaign-activate = Mark as activated
campaign-activate-update = Update the note
campaign-activated = Campaign marked as activated.
notify-campaign-started = A new campaign has started: { $name }
campaign-stats-funnel = Partners: notified, viewed, activated
campaign-stats-downloads-per-partner = Downloads per partner organisation
campaign-stats-downloads-total = { $count ->
    [one] one download in all.
   *[other] { $n } downloads in all.
}

## E-mail templates and co-branding
asset-kind-email = E-mail template
asset-content-file = For images and PDFs: the file
asset-content-template = For e-mail templates and landing pages: subject (a landing page's headline), HTML, and text (e-mail only)
template-vocabulary = Placeholders partners' details replace: { $vocabulary }
template-subject = Subject
template-body-html = HTML part
template-body-text = Text part
template-unknown = Unknown placeholders: { $names }. Use only: { $vocabulary }
template-unclosed = A placeholder is opened with two curly brackets but never closed.
template-edit = Edit the template (saved as a new version)
template-preview = Preview with your details
preflight-missing = Your co-branding profile lacks what this template uses, so it stays blank:
preflight-fix = Complete your organisation's profile
placeholder-partner-name = your organisation's name
placeholder-partner-logo = your logo
placeholder-partner-website = your website
placeholder-contact-name = a contact name
placeholder-contact-email = a contact e-mail
placeholder-contact-phone = a contact phone
placeholder-landing-page-url = a published landing page
placeholder-tenant-name = your vendor's name
template-download-html = Download as HTML
template-download-eml = Download as .eml
template-send-test = Send a test copy to { $email }
template-test-sent = A test copy is on its way to { $email }.

## Co-branding zones of PDFs
zones-title = Co-branding zones
zones-intro = Mark where each partner's logo and details are stamped. Positions and sizes are percent of the page, measured from its top-left corner.
zones-none = No zones yet: partners download the PDF as it is.
zones-sample = Download a sample for a made-up partner
zone-add-title = Add a zone
zone-page = Page
zone-where = Position and size
zone-what = What goes in
zone-what-logo = The partner's logo
zone-what-text = Text with placeholders
zone-text = Text
zone-text-hint = For example: { $example }. A zone holding only the website or landing-page placeholder becomes a link.
zone-x = From the left (%)
zone-y = From the top (%)
zone-width = Width (%)
zone-height = Height (%)
zone-add = Add the zone
zone-remove = Remove
zone-actions = Actions
zone-added = Zone added. Download the sample to check it.
zone-removed = Zone removed.
zone-position = { $x } % from the left, { $y } % from the top
zone-size = { $width } × { $height } %
zone-on-page = Page { $page }
zone-whole-number = Enter a whole number.
zone-page-invalid = { $count ->
    [one] The document has one page: enter 1.
   *[other] Choose a page from 1 to { $n }.
}
zone-off-page = The zone must lie on the page: position 0 to 99 %, size 1 to 100 %, position and size together at most 100 %.
zone-logo-in-text = The logo gets a zone of its own: choose “The partner's logo”.
zone-too-many = An asset has at most { $max } zones.
zone-sample-partner = Sample Partner Ltd
zone-sample-contact = Alex Sample
library-download-cobranded = Download your co-branded copy
library-cobranded-hint = Stamped with your organisation's logo and details.

## Landing pages
asset-kind-landing = Landing page
landing-headline = Headline
landing-your-page = Your landing page
landing-not-yet = Publish this page under your organisation's name and logo; visitors can contact you through its form.
landing-publish = Publish as our landing page
landing-publish-again = Publish again
landing-unpublish = Take offline
landing-is-offline = Your page is offline; its address is kept.
landing-live-at = Live at
landing-see-submissions = Visits and contact requests
landing-published = Your landing page is live at { $path }.
landing-unpublished = Your landing page is offline.
landing-list-title = Landing pages
landing-list-intro = Your organisation's published pages and what visitors sent through them.
landing-your-pages = Your pages
landing-address = Address
landing-visits-heading = Visits
landing-visits = { $count ->
    [one] one visit
   *[other] { $n } visits
}
landing-offline = offline
landing-none = No landing pages yet: publish one from the asset library.
landing-submissions = Contact requests
landing-no-submissions = No contact requests yet.
landing-when = Received
landing-name = Your name
landing-email = Your e-mail
landing-company = Company
landing-message = Message
landing-send = Send
landing-contact-title = Contact { $partner }
landing-thanks = Thank you. { $partner } will get back to you soon.
landing-privacy = Your details go to { $partner } only, to answer your request.
landing-too-many = Too many requests from your network. Please try again in an hour.
notify-landing-submission = { $name } ({ $email }) sent a contact request through your landing page.
nav-landing-pages = Landing pages
campaign-stats-visits = Landing-page visits
campaign-stats-submissions = Contact requests
template-preview-button = Preview
template-live-preview = Live preview for a made-up partner
template-preview-sample = sample partner

## Social posts
asset-kind-social = Social post
asset-content-social = For social posts: the post's text (the image is the file above)
social-text = Post text
social-fits-title = Length per network
social-fits-sample = The current text, filled for a sample partner.
social-network = Network
social-length = Length
social-fit = { $length } of { $limit } characters
social-too-long = too long
social-your-post = Your post
social-copy-hint = Copy this text into your post, with the image below.

## Plans and usage
admin-usage = Plan and usage
plan-limit-title = Plan limit reached
plan-limit-body-staff = Your plan allows { $limit } ({ $what }), and this would go beyond it, so nothing was changed. Administration → Plan and usage shows where you stand; the platform operator can raise the limit by changing your plan.
plan-limit-body-partner = { $portal } has reached its plan's limit of { $limit } ({ $what }), so nothing was changed. Please ask { $portal }'s team to raise it.
plan-feature-off-title = Not part of this plan
plan-feature-off-body-staff = { $feature } is not part of your plan. The platform operator can switch it on by changing your plan.
plan-feature-off-body-partner = { $feature } is not available on { $portal }.
plan-feature-sso = Single sign-on
plan-feature-campaigns = Campaigns and asset library
plan-feature-api = API and webhooks
plan-feature-included = { $feature }: included
plan-feature-excluded = { $feature }: not included
usage-metric-partners = partner organisations
usage-metric-users = users
usage-metric-storage_bytes = storage
usage-metric-emails = e-mails this month
usage-metric-deals = deals registered this month
usage-metric-sign_ins = sign-ins this month
usage-metric-api_calls = API calls this month
usage-unlimited = unlimited
usage-plan = Your plan: { $plan }
usage-now = This month
usage-column-what = What
usage-column-used = Used
usage-column-limit = Limit
usage-column-share = Share of the limit
usage-column-month = Month
usage-empty = Nothing counted yet.
usage-at-limit = limit reached
usage-no-limit = no limit
usage-raise-hint = At 80% and at 100% of a limit, the administrators are told in the portal and by e-mail. Past the monthly e-mails, messages people can turn off are held back; sign-in links, invitations and deal decisions always go. To raise a limit, ask the platform operator to change your plan.
usage-history = Past months
usage-download-csv = Download monthly usage (CSV)
usage-history-empty = No month has been counted yet.
notify-usage-limit-near = Your portal has used 80% of its plan's limit on { $metric ->
    [partners] partner organisations
    [users] users
    [storage_bytes] storage
   *[emails] e-mails this month
}.
notify-usage-limit-reached = Your portal has reached its plan's limit on { $metric ->
    [partners] partner organisations
    [users] users
    [storage_bytes] storage
   *[emails] e-mails this month
}. New ones are refused until the plan changes.

## Operator console: tenants and plans
operator-plans = Plans
operator-usage-csv = Monthly usage of every tenant (CSV)
operator-search = Search by name or slug
operator-sort = Sort by
operator-sort-name = Name
operator-sort-newest = Newest first
operator-search-submit = Show
operator-plan = Plan
operator-open-portal = open portal
operator-next-page = Next page
operator-create-tenant = Create a tenant
operator-create-slug = Slug (subdomain)
operator-create-slug-hint = 2–63 lower-case letters, digits and hyphens; the portal's address becomes slug.your-domain.
operator-create-name = Vendor name
operator-create-admin-email = First vendor admin's e-mail
operator-create-admin-email-hint = They get an invitation to set a password.
operator-create-locale = Default language
operator-create-submit = Create tenant
operator-create-slug-invalid = Use 2–63 lower-case letters, digits and hyphens, not starting or ending with a hyphen.
operator-create-slug-reserved = This slug is reserved for the platform; choose another.
operator-create-slug-taken = A tenant with this slug already exists.
operator-create-name-invalid = Use 1–100 characters without control characters.
operator-plan-unknown = Choose one of the plans offered.
operator-tenant-created = Tenant created. The vendor admin { $email } has been invited by e-mail.
operator-plan-changed = The plan has been changed; its limits and features apply now.
operator-tenant-suspended = The tenant is suspended: its portal says so and nobody can sign in.
operator-tenant-resumed = The tenant is active again.
operator-back-to-tenants = ← All tenants
operator-slug = Slug
operator-change-plan = Change the plan
operator-change-plan-submit = Change plan
operator-tenant-status = Suspend or resume
operator-tenant-is-suspended = This tenant is suspended: its portal answers “suspended”, nobody can sign in and its mail waits. Resuming restores everything.
operator-resume = Resume tenant
operator-suspend-hint = Suspending keeps every record; the portal answers “suspended” and nobody can sign in until you resume it.
operator-suspend = Suspend tenant
operator-plans-intro = Limits left empty are unlimited. A change applies at once to every tenant on the plan.
operator-plan-name = Name
operator-plan-max-partners = Partner organisations
operator-plan-max-users = Users
operator-plan-max-storage = Storage (MiB)
operator-plan-max-emails = E-mails per month
operator-plan-limit-hint = A whole number; empty for unlimited.
operator-plan-features = Features
operator-plan-saved = The plan has been saved.
operator-plan-limit-invalid = Enter a whole number from 0 to 1,000,000,000, or leave it empty for unlimited.

## Deleting tenants and the audit log
tenant-status-deleted = Deleted
operator-tenant-is-deleted = This tenant is deleted; restore it first.
operator-tenant-deleted = The tenant is deleted: its portal answers “removed” and nothing is sent. You can restore it until the purge.
operator-delete-confirm-mismatch = Type the slug exactly as shown to confirm.
operator-tenant-restored = The tenant is restored, with everything it had.
operator-tenant-not-deleted = This tenant is not deleted.
operator-deleted-title = Deleted
operator-deleted-body = This tenant is deleted: its portal answers “removed”, nobody signs in and nothing is sent. On { $date } the purge removes every record and file of it for good; until then you can restore it.
operator-restore = Restore tenant
operator-delete-title = Delete the tenant
operator-delete-body = The portal answers “removed” at once and nothing is sent. After the grace period, every record and file of the tenant is removed for good. Export it first if the vendor wants its data.
operator-delete-confirm = Type { $slug } to confirm
operator-delete-submit = Delete tenant
operator-audit = Audit log
operator-audit-intro = What operators, the command line and the purge did on the platform, newest first. Every entry is chained to the one before by its hash; `portico audit verify` checks the chain.
audit-when = When
audit-who = Who
audit-action = Action
audit-target = Target
audit-changes = Changes
audit-from = From
audit-empty = Nothing has been recorded yet.
audit-actor-system = Portico (command line or job)
audit-actor-anonymous = Visitor
audit-actor-user = User
audit-actor-operator = Operator
audit-actor-token = API token

## The tenant audit log
admin-audit = Audit log
admin-audit-intro = Every change people made in this portal: who, what, when and from where, newest first. Entries cannot be changed or removed.
audit-filter-who = Person (e-mail)
audit-filter-kind = Kind
audit-filter-any = Any
audit-filter-from = From
audit-filter-until = Until
audit-download-csv = Download as CSV
audit-kind-deal = Deals
audit-kind-partner = Partners
audit-kind-application = Applications
audit-kind-user = Users
audit-kind-tenant = Portal settings
audit-kind-sso = Sign-in providers
audit-kind-product = Products
audit-kind-asset = Assets
audit-kind-campaign = Campaigns
audit-kind-tier = Tiers

## Platform API tokens
operator-tokens = API tokens
operator-tokens-intro = Tokens for the platform API at { $url } (send Authorization: Bearer pop_…). A token acts as its operator; revoke one that leaked.
operator-token-made = Your new token
operator-token-once = Copy it now: it is shown this once and stored only as a hash.
operator-token-name = Name
operator-token-hint = Starts with
operator-token-owner = Operator
operator-token-last-used = Last used
operator-tokens-empty = No tokens yet.
operator-token-never = never
operator-token-revoked-state = Revoked
operator-token-revoke = Revoke
operator-token-revoked = The token is revoked; requests with it are refused from now on.
operator-token-new = Make a token
operator-token-name-hint = What it is for, such as “provisioning script”.
operator-token-create = Make token

## Export
export-title = Export your data
export-intro = Everything this portal holds of your programme — partners, users, deals, assets, campaigns, settings, usage and the audit log — as one zip: a manifest with counts and checksums, one JSON Lines file per kind of record, and your stored files.
export-download = Download the export (zip)
export-request = Prepare a new export
export-requested = The export is being prepared. It appears below when it is ready; you will also get an e-mail.
export-requested-operator = The export is being prepared; it appears below when it is ready.
export-preparing = Preparing the export… this list updates by itself.
export-refresh = Refresh
export-none = No export yet.
export-column-requested = Requested
export-column-by = By
export-column-status = Status
export-column-file = File
export-link-until = The link works until { $date }.
export-status-queued = Waiting
export-status-running = Being prepared
export-status-ready = Ready
export-status-failed = Failed — prepare a new one
export-status-expired = Link expired
notify-export-ready = Your data export is ready. Download it from the usage page within { $hours } hours.
error-410-title = This link has expired
error-410-body = What this link led to is no longer here: download links work for a limited time. Ask for a new one.

admin-api = API
api-intro = Connect your CRM and automation to this portal through its API at { $url } with a token: send it as Authorization: Bearer ptk_…. A token acts for the whole programme as vendor staff; make one per integration and revoke any that leaked.
api-tokens = Tokens
api-tokens-empty = No tokens yet.
api-token-made = Your new token
api-token-once = Copy it now: it is shown only this once and cannot be read back later.
api-token-name = Name
api-token-name-hint = What it is for, such as “CRM sync”.
api-token-scope = Access
api-token-scope-hint = Read only lists and reads; read and write also registers and decides deals and manages partners and users.
api-scope-read = Read only
api-scope-write = Read and write
api-token-scope-invalid = Choose read only or read and write.
api-token-hint = Token
api-token-created = Made
api-token-expires = Expires on
api-token-expires-hint = Optional: the token stops working on this day. Leave empty to keep it until you revoke it.
api-token-expires-invalid = Choose a day after today and within three years, or leave it empty.
api-token-no-expiry = Never
api-token-last-used = Last used
api-token-never = Not used yet
api-token-revoke = Revoke
api-token-revoked = Revoked
api-token-expired = Expired
api-token-revoked-done = The token is revoked: requests with it are refused from now on.
api-token-create = Make token
api-token-new = New token

## Webhooks (Administration → Webhooks)
admin-webhooks = Webhooks
webhooks-intro = Portico posts each event to your endpoints as JSON the moment it happens, signed as the Standard Webhooks specification says, and retries what is not acknowledged for up to three days.
webhooks-empty = No endpoints yet.
webhook-url = Endpoint URL
webhook-url-hint = A public https address. It is checked again before every delivery.
webhook-description = Description
webhook-events = Events
webhook-events-hint = The events this endpoint receives.
webhook-enabled = On: deliver events to this endpoint
webhook-add = Add an endpoint
webhook-add-submit = Add endpoint
webhook-created = The endpoint is added. Its signing secret is below.
webhook-url-invalid = Enter a full address, such as https://crm.example.com/hooks.
webhook-url-refused = This address cannot receive webhooks: use a public https address.
webhook-events-required = Choose at least one event.
webhook-status-on = On
webhook-status-off = Off
webhook-status-gone = Off: the endpoint answered 410 Gone
webhook-status-failing = Off: deliveries failed for five days
webhook-failing-since = Failing since { $date }
webhook-open = Open
webhook-events-count = { $count ->
    [one] 1 event
   *[other] { $n } events
}
webhook-back = All endpoints
webhook-secret = Signing secret
webhook-secret-show = Show the signing secret
webhook-secret-hint = Verify the webhook-signature header of each delivery with it; any Standard Webhooks library does that for you.
webhook-secret-unreadable = This server cannot read the endpoint's secret (it was made on another server): rotate it to make a new one.
webhook-secret-overlap = Until { $date } the previous secret signs too, so your receiver can switch without missing a delivery.
webhook-rotate = Rotate secret
webhook-rotated = A new secret is made. For the next 24 hours the previous one signs too.
webhook-test = Send a test event
webhook-test-hint = A webhook.test message goes to this endpoint only and shows in the log below.
webhook-test-off = Turn the endpoint on to send a test event.
webhook-test-queued = A test event is on its way; it shows in the log below.
webhook-test-message = This is a test message from your partner portal.
webhook-edit = Settings
webhook-deliveries = Deliveries
webhook-deliveries-empty = Nothing sent to this endpoint yet.
webhook-delivery-time = Time
webhook-delivery-event = Event
webhook-delivery-attempts = Attempts
webhook-delivery-code = Answer
webhook-delivery-latency = Time taken
webhook-delivery-response = Response
webhook-delivery-next = Next attempt
webhook-delivery-pending = Waiting
webhook-delivery-succeeded = Delivered
webhook-delivery-failed = Failed
webhook-latency = { $ms } ms
webhook-replay = Replay
webhook-replayed = Deliveries sent again: { $n }.
webhook-replay-since = Replay failed deliveries since
webhook-replay-since-hint = Every failed delivery made at or after this time (UTC) goes again, with the same webhook-id.
webhook-replay-since-submit = Replay failed
webhook-replay-since-invalid = Enter a date and a time.
webhook-older = Older deliveries
webhook-delete = Remove endpoint
webhook-deleted = The endpoint is removed.
webhook-disabled-subject = Webhook endpoint turned off: { $url }
webhook-disabled-gone = The endpoint { $url } answered 410 Gone, so the portal turned it off.
webhook-disabled-failing = Every delivery to { $url } has failed for five days, so the portal turned it off.
webhook-disabled-kept = No event is lost: what waits is delivered when you turn the endpoint on again, and failed deliveries can be replayed from its page.
webhook-disabled-open = Open the endpoint
webhook-event-deal-submitted = a deal was submitted for review
webhook-event-deal-approved = a deal was approved
webhook-event-deal-rejected = a deal was rejected
webhook-event-deal-info-requested = more information was asked for about a deal
webhook-event-deal-won = a deal was won
webhook-event-deal-lost = a deal was lost
webhook-event-deal-expired = a deal's protection ran out
webhook-event-partner-created = a partner organisation was added
webhook-event-partner-updated = a partner organisation changed
webhook-event-partner-suspended = a partner organisation was suspended
webhook-event-application-received = a company applied to become a partner
webhook-event-user-invited = someone was invited
webhook-event-campaign-started = a campaign started
webhook-event-campaign-activated = a partner activated a campaign

## The API and webhook reference (/api/reference)
api-reference = API and webhook reference
api-reference-intro = Every call of this portal's API and every event it sends, as its OpenAPI document describes them.
api-reference-document = The OpenAPI document
api-reference-auth = Calls take a token made under Administration → API, sent as Authorization: Bearer ptk_…. Money is integer minor units with an ISO 4217 currency; times are RFC 3339 in UTC; errors are application/problem+json.
api-reference-calls = Calls
api-reference-parameters = Parameters
api-reference-body = Body
api-reference-responses = Answers
api-reference-field = Field
api-reference-type = Type
api-reference-required = Required
api-reference-yes = yes
api-reference-in = In
api-reference-description = Description
api-reference-status = Status
api-reference-webhooks = Webhooks
api-reference-webhooks-intro = Each event is posted as JSON with type, timestamp and data, and the headers webhook-id, webhook-timestamp and webhook-signature. Check the signature with the endpoint's secret and answer 2xx within 15 seconds. Other answers are retried immediately, then after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10, 14 and 20 hours and a day; 410 turns the endpoint off.
api-reference-objects = Objects

## Training: courses editors author (/admin/courses)
nav-training = Training
breadcrumbs = Breadcrumbs
form-number-range = Enter a whole number from { $min } to { $max }.
upload-choose-file = Choose a file to upload.
courses-title = Courses
courses-intro = Courses partners take to learn your products. Write each text in every language you offer; partners whose language is missing see your default language.
courses-add = Add a course
courses-add-submit = Add the course
courses-empty = No courses yet. Add one to start your partners' training.
course-title = Title
course-summary = Summary
course-summary-hint = One or two sentences partners see in the catalogue.
course-status = Status
course-status-hint = Partners see a course once it is published. An archived course is no longer offered; its certificates stay valid.
course-status-draft = Draft
course-status-published = Published
course-status-archived = Archived
course-lessons = Lessons
course-questions = Questions
course-languages = Languages
course-all-languages = Complete
course-missing-in = Missing in { $language }
course-locale-hint = The language you write this first text in. Add the others on the course's page.
course-starts-as-draft = A new course starts as a draft: partners see it once you publish it.
course-duration = Estimated duration (minutes)
course-duration-hint = Optional. How long the course takes, as partners see it.
course-validity = Certificate valid for (months)
course-validity-hint = Empty: the certificate never expires.
course-validity-none = Never expires
course-pass-mark = Pass mark (%)
course-pass-mark-hint = The share of quiz questions answered right to pass.
course-attempts = Attempts allowed
course-attempts-hint = Empty: unlimited.
course-shuffle = Shuffle the questions for each attempt
course-reveal = Show the right answers after every attempt
course-reveal-hint = Otherwise partners only learn which questions were wrong until they pass or have no attempt left.
course-tiers = Tiers that see it
course-tiers-hint = None ticked: every tier.
course-created = The course was added as a draft.
course-texts-in = Texts in { $language }
course-settings = Settings
course-cover = Cover image
course-cover-alt = The course's cover image
course-no-cover = No cover image yet.
course-cover-file = Image
course-cover-hint = PNG, JPEG or WebP, at most { $size }.
course-cover-upload = Upload the cover
course-cover-saved = The cover image was saved.
course-preview-as = Preview as a partner
course-preview-tier = Partner tier
course-preview-open = Show the preview
course-preview-visible = Partners of { $tier } see this course.
course-preview-hidden = Partners of { $tier } do not see this course: it is not published, or not for their tier.
course-problems = Before this course can be published:
course-problem-default-text = Give it a title in { $language }, the portal's default language.
course-problem-no-lessons = Add at least one lesson.
course-problem-few-options = Question { $number } needs at least two options.
course-problem-no-right-option = Question { $number } has no right option.
course-problem-several-right = Question { $number } takes one answer but has several right options.
course-cannot-publish = This course cannot be published yet; see what it still needs above.
course-published-told = The course is published. { $count } partner users were told.
course-no-lessons = No lessons yet.
course-move-up = Up
course-move-down = Down
course-move-up-label = Move “{ $title }” up
course-move-down-label = Move “{ $title }” down
course-remove = Remove
course-remove-label = Remove “{ $title }”
course-quiz = Quiz
course-quiz-intro = Partners take the quiz after the last lesson. Without questions, finishing the lessons completes the course.
course-no-questions = No questions: the course has no quiz.
course-lesson-count = { $count ->
    [one] one lesson
   *[other] { $n } lessons
}
course-question-count = { $count ->
    [one] one question
   *[other] { $n } questions
}
course-minutes = { $count ->
    [one] one minute
   *[other] { $n } minutes
}
course-months = { $count ->
    [one] one month
   *[other] { $n } months
}

## Lessons
lesson-add = Add a lesson
lesson-add-submit = Add the lesson
lesson-added = The lesson was added. Write its text here.
lesson-title = Title
lesson-untitled = Untitled lesson
lesson-body = Text (Markdown)
lesson-body-hint = Markdown: # headings, **bold**, *italic*, - lists, [links](https://…), tables. Images from this lesson's files or https addresses.
lesson-video = Video link
lesson-video-hint = Optional, https. YouTube and Vimeo videos play in the page; other addresses are shown as a link.
form-invalid-https = Enter an https address, such as https://www.youtube.com/watch?v=…
lesson-preview-button = Show the preview
lesson-live-preview = Preview
lesson-live-preview-hint = What partners will see, updated as you type.
lesson-files = Files
lesson-files-hint = PDFs and images partners can open. To show an image in the text, copy its line into the text.
lesson-no-files = No files yet.
lesson-file = File
lesson-file-hint = PDF, PNG, JPEG or WebP, at most { $size }.
lesson-file-upload = Upload the file
lesson-file-use = In the text:
lesson-file-added = The file was added.
lesson-file-removed = The file was removed.
lesson-moved = The lesson was moved.
lesson-last-of-published = A published course keeps at least one lesson. Add another lesson first, or archive the course.
lesson-removed = The lesson was removed.
lesson-video-frame = Video: { $title }
lesson-watch-video = Watch the video
lesson-position = Lesson { $number } of { $total }
lesson-pager = Lessons
lesson-done-next = Done — next lesson
lesson-done-quiz = Done — on to the quiz
lesson-done-finish = Done — finish the course

## Quiz
quiz-add-question = Add a question
quiz-question-number = Question { $number }
quiz-prompt = Question
quiz-multiple = Several answers can be right
quiz-options = Options
quiz-options-hint = Tick every right option. Leave a new row empty to skip it.
quiz-new-option = New option
quiz-option-number = Option { $number }
quiz-option-original = In the default language: { $text }
quiz-option-right = Right answer
quiz-option-remove = Remove this option
quiz-explanation = Explanation
quiz-explanation-hint = Optional. Shown with the result when the right answers are shown.
quiz-option-needs-text = Every option needs a text in this language.
quiz-two-options = A question needs at least two options.
quiz-tick-right = Tick the right option.
quiz-one-right = Only one option can be right. Tick “Several answers can be right” to allow more.
quiz-question-added = The question was added.
quiz-question-moved = The question was moved.
quiz-question-removed = The question was removed.
quiz-kind-single = one answer
quiz-kind-multiple = several answers
quiz-title = Quiz
quiz-pass-mark-line = Pass mark: { $percent } %
quiz-pick-one = Choose one answer.
quiz-pick-several = Choose every answer that is right.
quiz-submit = Submit my answers
quiz-start = Start the quiz
quiz-continue = Continue the quiz
quiz-retake = Try again
quiz-back-to-course = Back to the course
quiz-see-certificate = See my certificate
quiz-attempts-left = Attempts used: { $used }. Attempts left: { $left }.
quiz-attempts-unlimited = Attempts used: { $used }. No limit.
quiz-passed-state = Passed
quiz-result-title = Your result
quiz-passed = You passed.
quiz-failed = You did not pass this time.
quiz-score = You scored { $score } %; the pass mark is { $mark } %.
quiz-right-of = { $right } of { $total } questions right.
quiz-right = Right
quiz-wrong = Wrong
quiz-your-answer = your answer
quiz-right-answer = right answer
quiz-answers-hidden = The right answers are shown once you pass or have no attempt left.
quiz-answer-this = Answer this question.
quiz-one-answer-only = Choose only one answer here.
quiz-passed-flash = Well done: you passed the quiz.
quiz-failed-flash = Not passed this time. See which questions were wrong.
quiz-refused-lessons-first = Finish every lesson to take the quiz.
quiz-refused-passed = You passed this quiz already. Renew the course to take it again.
quiz-refused-no-attempts = You have no attempt left for this quiz. Ask your vendor contact for help.
quiz-refused-already-submitted = This attempt was submitted already; your first answers count.
quiz-refused-forged = These answers do not belong to this quiz. Nothing was recorded.
quiz-refused-unanswered = { $count ->
    [one] One question has no answer yet.
   *[other] { $n } questions have no answer yet.
}
quiz-refused-several = A question that takes one answer has several.

## Taking courses (/training)
training-title = Training
training-intro = Courses for your tier. Finish a course (and its quiz) to earn a certificate anyone can verify.
training-search = Search courses
training-filter-status = Where you stand
training-filter-any = Any
training-filter-apply = Show
training-filter-clear = Clear the filters
training-empty = No courses for your tier yet.
training-none-match = No course matches these filters.
training-progress = Progress
training-percent = { $percent } %
training-enrol = Start this course
training-enrolled = You are enrolled. Here is the first lesson.
training-enrol-first = Start the course first.
training-start = Open the first lesson
training-resume = Resume where you left off
training-lesson-done = Lesson done.
training-lessons-done = Every lesson is done.
training-lesson-done-badge = Done
training-certified = Congratulations: you completed the course. Here is your certificate.
training-certificate-after = Complete the course to earn its certificate.
training-renew = Renew my certificate
training-renew-hint = Take the course again (its quiz, or its lessons if it has none) to renew your certificate before or after it expires.
training-renewal-open = Renewal started: complete the course again to receive the renewed certificate.
training-renewal-started = Renewal started. Complete the course again to renew your certificate.
training-renew-nothing = There is no certificate of this course to renew yet.
training-my-certificates = My certificates
training-no-certificates = No certificates yet.
learner-status-not_started = Not started
learner-status-in_progress = In progress
learner-status-completed = Completed
learner-status-certified = Certified
learner-status-expiring = Expiring

## Certificates
cert-title = Certificate
cert-heading = Certificate of completion
cert-certifies = This certifies that
cert-completed = has completed the course
cert-issued = Issued
cert-expires = Expires
cert-status = Status
cert-never-expires = Does not expire
cert-issued-on = Issued { $date }
cert-expires-on = expires { $date }
cert-status-active = Active
cert-status-expiring = Expiring
cert-status-expired = Expired
cert-status-renewed = Renewed
cert-status-revoked = Revoked
cert-banner-expiring = This certificate expires within 30 days. Renew it by taking the course again.
cert-banner-expired = This certificate has expired.
cert-banner-renewed = This certificate was renewed; a newer one replaces it.
cert-banner-revoked = This certificate was revoked.
cert-banner-active = This certificate is valid.
cert-revoked-reason = Reason: { $reason }
cert-verify-at = Check this certificate at
cert-qr-label = QR code of the verification address
cert-print = Print
cert-print-hint = Prints on one page, A4 or Letter, without the portal's menus.
cert-download-credential = Download the digital credential
cert-credential-hint = An Open Badges 3.0 credential, signed by this portal: add it to a wallet or share it; anyone can check its signature and whether it was revoked.
cert-open-verification = Open the verification page
cert-renews = This certificate renews the one
cert-renewed-by = Renewed by the one
cert-revoke-title = Revoke this certificate
cert-revoke-reason = Reason
cert-revoke-hint = Shown to the holder and on the certificate. Revoking cannot be undone; the holder can earn a new one.
cert-revoke = Revoke the certificate
cert-revoked-flash = The certificate was revoked.
cert-already-revoked = This certificate was revoked already.
credential-criteria-quiz = Completed every lesson of the course and passed its quiz with at least { $mark } %.
credential-criteria-lessons = Completed every lesson of the course.
credential-description = Completed the course { $course }.
verify-title = Certificate verification
verify-valid = This certificate is valid.
verify-holder = Holder
verify-organisation = Organisation
verify-course = Course
verify-vendor = Issued by
verify-explainer = This page is the certificate's own address; it shows only what the certificate says and whether it still holds.

## Training reports (/training/reports)
reports-title = Training reports
reports-intro-staff = Who took which course, and where they stand, across all partner organisations.
reports-intro-partner = Who in your organisation took which course, and where they stand.
reports-own-organisation = Training reports for your organisation
reports-views = Report views
reports-by-course = By course
reports-by-organisation = By organisation
reports-by-person = By person
reports-csv = Download as CSV
reports-empty = Nothing to show for these filters.
report-course = Course
report-organisation = Organisation
report-person = Person
report-email = E-mail
report-status = Status
report-progress = Progress
report-enrolled = Enrolled
report-search = Person's name or e-mail
report-status-in_progress = In progress
report-status-completed = Completed
report-status-certified = Certified
report-status-expiring = Expiring
report-status-expired = Expired

## Certification requirements (/admin/certification, /organisation)
certification-title = Certification
certification-intro = What each tier asks of its partner organisations: a number of people holding a certificate of a course. Organisations whose certificates run out are shown at risk.
certification-at-risk = Organisations at risk
certification-none-at-risk = Every organisation meets its tier's requirements.
certification-tier = Tier
certification-holders-of = { $holders } of { $needed }
certification-requirements = Requirements per tier
certification-tier-none = No requirement.
certification-requirement-line = { $people } × certified in { $course }
certification-no-courses = Add a course first.
certification-add = Add or change a requirement
certification-add-submit = Save the requirement
certification-people = People needed
certification-people-hint = How many people of each organisation must hold the certificate.
certification-settings = Grace periods and verification
certification-grace = Grace period for { $tier } (days)
certification-grace-hint = An organisation is at risk when a needed certificate expires within this many days.
certification-show-organisation = Verification pages name the holder's organisation
certification-show-organisation-hint = Off: they show the holder, course, vendor, dates and status only.
requirement-saved = The requirement was saved.
requirement-removed = The requirement was removed.
compliance-met = Met
compliance-at_risk = At risk
compliance-unmet = Not met
org-certification = Certification your tier asks for
org-certification-intro = Keep enough certified people to stay in your tier. Certificates expiring soon put it at risk.
org-certification-needed = People needed
org-certification-holders = Certified now
org-certification-expires = A certificate expires { $date }

## Notices (in the app and by mail)
notify-course-published = A new course is available: { $title }
notify-certificate-expiring = Your certificate for { $course } expires { $date }. Take the course again to renew it.
notify-certificate-expired = Your certificate for { $course } expired { $date }. Take the course again to renew it.

## Home (each role's dashboard)
home-fallback-welcome-no-campaigns = This is the partner portal of { $vendor }. Partners register deals and take training here.
dash-title = Home
dash-greeting = Welcome, { $name }
dash-needs-action = Deals that need you
dash-needs-action-none = Nothing is waiting for you. Deals your vendor sends back appear here.
dash-open-deals = { $count ->
    [one] one open deal
   *[other] { $n } open deals
}
dash-protections-ending = Protections ending soon
dash-protections-none = No protection ends in the next 30 days.
dash-protected-until = protected until { $date }
dash-recent-decisions = Recent decisions
dash-decisions-none = No decisions yet.
dash-standing = Your standing
dash-won-this-year = Won this year
dash-won-deals = { $count ->
    [one] one deal
   *[other] { $n } deals
}
dash-certified-people = Certified people
dash-requirement = { $course }: { $holders }
dash-next-tier = To reach { $tier }
dash-next-tier-ask = Your channel manager can tell you what moving up takes.
dash-training-none = No course in progress and no certificate about to expire.
dash-expiring-certificates = Certificates expiring soon
dash-to-training = Browse the training catalogue
dash-all-notifications = All notifications
dash-people = Your people
dash-active-people = { $count ->
    [one] one active person
   *[other] { $n } active people
}
dash-invited = Invited, not yet signed in
dash-figures = Your programme now
dash-queue = Deals waiting for review
dash-oldest = oldest waiting { $age }
dash-days-ago = { $count ->
    [0] since today
    [one] one day
   *[other] { $n } days
}
dash-conflicts = Possible conflicts
dash-applications = Partner applications
dash-protections-soon = Protections ending in 30 days
dash-pipeline = Pipeline this quarter
dash-since = Deals registered since { $date }
dash-pipeline-none = No deal registered this quarter yet.
dash-your-content = Your content
dash-missing-texts = Missing a translation
dash-enrolled-month = Enrolments this month
dash-certified-month = Certificates this month
dash-assets-published = Published
dash-assets-draft = Draft
setup-title = Set up your portal
setup-all-done = Everything is set up. Your partners have all they need.
setup-progress = { $done } of { $total } steps done
setup-done = Done
setup-to-do = To do
setup-branding = Add your logo and colours
setup-branding-hint = Partners see your brand on every page and e-mail.
setup-languages = Choose your languages
setup-languages-hint = Offer the portal in the languages your partners speak.
setup-products = Add your products
setup-products-hint = Partners pick them when they register a deal.
setup-tiers = Review your partner tiers
setup-tiers-hint = Tiers decide protection periods, discounts and what partners see.
setup-sign-in = Connect your sign-in
setup-sign-in-hint = Let your staff and partners sign in with their own identity provider.
setup-team = Invite your team
setup-team-hint = Channel managers review deals; content editors write courses and campaigns.
setup-first-partner = Invite your first partner
setup-first-partner-hint = Invite a partner organisation or approve an application.

## Reporting currency and exchange rates
money-converted = { $value } (converted)
analytics-unvalued = { $count ->
    [one] one deal without a rate
   *[other] { $n } deals without a rate
}
analytics-range = Date range
analytics-all-time = Show all time
analytics-total-value = Value: { $value }.
analytics-converted-at = Values in { $currency }, converted at your exchange rates (the oldest from { $date }).
analytics-in-currency = Values in { $currency }.
analytics-value = Value ({ $currency }, converted)
dash-of = { $have } of { $need }
dash-needs-won-value = Won this year: { $progress }
dash-needs-won-deals = Deals won this year: { $progress }
dash-won-deals-label = Deals won this year
tiers-min-won-value = Won per year to qualify ({ $currency })
tiers-min-won-deals = Deals won per year to qualify
tiers-invalid-amount = Enter an amount in { $currency }, such as 25000 or 25,000.50.
tiers-currency-hint = Amounts are in { $currency }, your reporting currency: deals in other currencies are compared at your exchange rates.
currency-title = Currency and rates
currency-intro = Deals keep the currency they were registered in. Figures across deals — sorting by value, value filters, analytics, tier thresholds and partners' standing — are in one reporting currency, converted at the rates you keep here.
currency-reporting = Reporting currency
currency-reporting-hint = Changing it restates your rates through the current reporting currency when the new one has a rate; otherwise the rates are cleared.
currency-reporting-save = Change the reporting currency
currency-invalid = Choose one of the currencies in the list.
currency-rates = Exchange rates
currency-rates-hint = For each currency: what one unit is worth in { $reporting }, and the day the rate is from. Leave a rate empty to remove it.
currency-unconverted = { $count ->
    [one] One deal is in a currency without a rate: it is counted in figures across deals but not valued.
   *[other] { $n } deals are in currencies without a rate: they are counted in figures across deals but not valued.
}
currency-currency = Currency
currency-rate = Rate
currency-as-of = Rate date
currency-as-of-of = Rate date for { $currency }
currency-one-unit = 1 { $currency } in { $reporting }
currency-deals = { $count ->
    [one] one deal
   *[other] { $n } deals
}
currency-rate-invalid = Enter the rate for { $currency } as a number greater than 0, such as 1.0842.
currency-date-invalid = Enter the date of the rate for { $currency }: today or earlier.
currency-rates-save = Save the rates
