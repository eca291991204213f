# Portico — Français (France), paramètres régionaux fr-FR. Traduction de en-US.ftl :
# mêmes identifiants de messages, mêmes variables.

## Mise en page
skip-to-content = Aller au contenu principal
nav-main-label = Navigation principale
nav-menu = Menu
nav-marketing = Marketing
nav-home = Accueil
language-switcher-label = Langue
language-switcher-submit = Changer de langue
language-current = { $language } (langue actuelle)
footer-powered-by = Propulsé par Portico
footer-links-label = Liens utiles
flash-dismiss = Fermer le message
flash-language-changed = Langue d’affichage du portail : { $language }.

## Noms des langues, chacun dans sa propre langue
language-name-en-US = English
language-name-de-DE = Deutsch
language-name-fr-FR = Français
language-name-es-ES = Español
language-name-ja-JP = 日本語

## Page d’accueil du locataire
home-title = Bienvenue sur { $portal }
home-fallback-welcome = Ceci est le portail partenaires de { $vendor }. Les partenaires y enregistrent leurs opportunités, suivent des formations et mènent des campagnes en co-branding.
home-updated = Informations du programme mises à jour le { $date }.

## Hôte de la plateforme
platform-title = Portico
platform-heading = Des portails partenaires pour chaque fournisseur
platform-lead = Cette adresse héberge Portico lui-même. Le portail partenaires de chaque fournisseur dispose de sa propre adresse, par exemple { $example }.
platform-operators = Les opérateurs de la plateforme gèrent les portails en ligne de commande, par exemple avec « portico tenant list ».

## Pages d’erreur
error-400-title = Requête incorrecte
error-400-body = La requête n’a pas pu être interprétée. Vérifiez l’adresse et réessayez.
error-403-title = Accès refusé
error-403-body = Vous n’avez pas l’autorisation d’ouvrir cette page.
error-404-title = Page introuvable
error-404-body = Aucune page n’existe à cette adresse. Elle a peut-être été déplacée, ou le lien comporte une erreur.
error-404-host-body = Aucun portail partenaires n’est configuré à cette adresse. Vérifiez l’adresse qui vous a été communiquée.
error-405-title = Action non autorisée
error-405-body = Cette page ne prend pas en charge ce type de requête.
error-413-title = Requête trop volumineuse
error-413-body = Les données envoyées dépassent la taille acceptée par ce portail. Réduisez-les et réessayez.
error-500-title = Une erreur s’est produite
error-500-body = Une erreur inattendue a interrompu l’affichage de cette page. Le problème a été consigné ; veuillez réessayer dans quelques instants.
error-503-title = Temporairement indisponible
error-503-body = Le portail ne peut pas répondre pour le moment. Veuillez réessayer dans quelques instants.
error-reference = Référence { $reference }, { $time }
error-back-home = Retour à l’accueil
suspended-title = Ce portail est suspendu
suspended-body = Le portail partenaires de { $portal } n’est pas disponible pour le moment. Veuillez contacter le fournisseur pour en savoir plus.
removed-title = Ce portail a été supprimé
removed-body = Le portail partenaires de { $portal } a été supprimé. Veuillez contacter le fournisseur pour en savoir plus.

## Rôles
role-vendor_admin = Administrateur fournisseur
role-channel_manager = Responsable de canal
role-marketing_editor = Rédacteur marketing
role-partner_admin = Administrateur partenaire
role-partner_user = Utilisateur partenaire

## E-mail
mail-greeting = Bonjour { $name },
mail-footer = Envoyé par { $portal } · { $url }
mail-invitation-subject = Invitation à rejoindre { $portal }
mail-invitation-body = Vous avez reçu une invitation à rejoindre { $portal } avec le rôle « { $role } ». Acceptez l’invitation pour choisir votre mot de passe et vous connecter.
mail-invitation-action = Accepter l’invitation
mail-invitation-expiry = Ce lien n’est utilisable qu’une seule fois et expire le { $date }.
mail-invitation-ignore = Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.

## Boîte aux lettres de développement (affichée lorsqu’aucun serveur SMTP n’est configuré)
dev-mailbox-title = Boîte aux lettres de développement
dev-mailbox-intro = Aucun serveur SMTP n’est configuré ; Portico enregistre donc chaque e-mail dans { $path }. Les messages les plus récents apparaissent en premier.
dev-mailbox-empty = Aucun e-mail n’a encore été enregistré.
dev-mailbox-date = Date
dev-mailbox-to = À
dev-mailbox-from = De
dev-mailbox-subject = Objet
dev-mailbox-message-id = Message-ID
dev-mailbox-text-part = Partie texte
dev-mailbox-html-part = Partie HTML
dev-mailbox-back = Tous les messages
nav-mailbox = Boîte aux lettres

## Navigation pour les utilisateurs connectés
nav-admin = Administration
nav-organisation = Mon organisation
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter

## Formulaires
form-required = Veuillez remplir ce champ.
form-too-long = Veuillez utiliser au maximum { $max } caractères.
form-invalid-characters = Ce champ contient des caractères non autorisés.
form-invalid-email = Veuillez saisir une adresse e-mail telle que name@example.com.
form-invalid-choice = Veuillez choisir l’une des options proposées.
form-saved = Vos modifications ont été enregistrées.
form-error-summary = { $count ->
    [one] Veuillez corriger un champ
   *[other] Veuillez corriger { $n } champs
}
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-confirm = Confirmez le nouveau mot de passe
field-name = Nom

## Connexion
sign-in-heading = Connexion
sign-in-continue = Continuer
sign-in-submit = Se connecter
sign-in-email-first = Saisissez votre adresse e-mail professionnelle. Si votre entreprise utilise son propre fournisseur d’identité pour la connexion, nous vous y redirigerons.
sign-in-other-address = Utiliser une autre adresse
sign-in-with-provider = Ou connectez-vous avec le compte de votre organisation :
sign-in-wrong-credentials = L’adresse e-mail ou le mot de passe est incorrect.
sign-in-organisation-suspended = L’accès de votre organisation à { $portal } est suspendu : personne ne peut s’y connecter. Adressez-vous à votre contact chez le fournisseur.
sign-in-throttled = Trop de tentatives infructueuses. Veuillez réessayer dans { $minutes } minutes.
sign-in-sso-failed = La connexion via le fournisseur d’identité de votre organisation a échoué. Veuillez réessayer ou contacter votre administrateur.
flash-signed-out = Vous êtes maintenant déconnecté.
flash-welcome = Bienvenue ! Votre mot de passe est défini et votre session est ouverte.
flash-password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.

## Mots de passe
password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.
password-too-short = Le mot de passe doit comporter au moins 12 caractères.
password-too-long = Le mot de passe ne peut pas dépasser 128 caractères.
password-too-common = Ce mot de passe est trop courant ou trop simple. Veuillez en choisir un autre.
password-like-email = Le mot de passe ne doit pas ressembler à votre adresse e-mail.
password-mismatch = Les deux mots de passe ne correspondent pas.
set-password-submit = Enregistrer le mot de passe et se connecter

## Invitations et réinitialisation du mot de passe
invitation-heading = Rejoindre { $portal }
invitation-intro = Choisissez un mot de passe pour votre nouveau compte.
invitation-invalid-heading = Cette invitation ne peut pas être utilisée
invitation-invalid-body = Le lien a expiré, a déjà été utilisé ou est incomplet. Demandez à la personne à l’origine de l’invitation de vous en envoyer une nouvelle.
reset-heading = Choisir un nouveau mot de passe
reset-intro = Saisissez un nouveau mot de passe pour votre compte. Toutes vos autres sessions ouvertes seront fermées.
reset-invalid-heading = Ce lien ne peut pas être utilisé
reset-invalid-body = Le lien de réinitialisation du mot de passe a expiré, a déjà été utilisé ou est incomplet. Vous pouvez en demander un nouveau.
forgot-link = Mot de passe oublié ?
forgot-heading = Réinitialiser votre mot de passe
forgot-intro = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent-heading = Consultez votre messagerie
forgot-sent-body = Si un compte existe avec cette adresse, nous y avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.
mail-reset-subject = Réinitialisation de votre mot de passe pour { $portal }
mail-reset-body = Une demande de réinitialisation du mot de passe de votre compte sur { $portal } a été effectuée. Si elle vient de vous, choisissez un nouveau mot de passe à l’aide du lien ci-dessous.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-expiry = Ce lien n’est utilisable qu’une seule fois et expire dans { $minutes } minutes.
mail-reset-ignore = Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.

## Erreurs (suite)
error-csrf-body = Ce formulaire a été envoyé depuis une autre page ou a expiré. Rechargez la page et réessayez.
error-429-title = Trop de tentatives
error-429-body = Veuillez patienter quelques minutes avant de réessayer.

## Administration
admin-nav-label = Sections d’administration
admin-overview = Vue d’ensemble
admin-overview-intro = Utilisez les sections de gauche pour personnaliser l’image de marque de votre portail, choisir ses langues, adapter ses textes et gérer les utilisateurs, les partenaires et la connexion.
admin-branding = Image de marque
admin-languages = Langues
admin-texts = Textes de l’interface
admin-users = Utilisateurs
admin-partners = Partenaires
admin-sso = Fournisseurs d’identité
admin-mail = Journal des e-mails
admin-stat-users = Utilisateurs
admin-stat-partners = Organisations partenaires
admin-stat-storage = Fichiers stockés
admin-stat-queued-mail = E-mails en attente
form-save = Enregistrer

## Image de marque
branding-portal-name = Nom du portail
branding-primary-color = Couleur principale
branding-accent-color = Couleur d’accentuation
branding-mail-sender = Nom de l’expéditeur dans les e-mails
branding-footer-links = Liens du pied de page
branding-footer-links-hint = Un lien par ligne, au format « Libellé | https://example.com ».
branding-invalid-color = Veuillez choisir une couleur telle que #1f4e8c.
branding-invalid-link = Cette ligne ne respecte pas le format « Libellé | https://… » : { $line }
branding-preview = Aperçu
branding-preview-heading = Bienvenue dans le programme partenaires
branding-preview-button = Enregistrer une opportunité
branding-logo = Logo
branding-logo-current = Logo actuel
branding-logo-file = Image du logo
branding-logo-hint = PNG, JPEG ou WebP, 512 Ko maximum. Une image carrée donne le meilleur résultat.
branding-logo-upload = Importer le logo
branding-logo-saved = Le nouveau logo est en place.
branding-logo-missing = Veuillez choisir un fichier image.

## Langues
languages-enabled = Langues proposées
languages-default = Langue par défaut
languages-default-not-enabled = La langue par défaut doit faire partie des langues proposées.
languages-welcome = Texte de bienvenue
languages-welcome-locale = Langue du texte
languages-welcome-open = Modifier cette langue
languages-welcome-text = Texte de bienvenue de la page d’accueil
languages-welcome-hint = Texte brut ; laissez une ligne vide entre les paragraphes.
welcome-empty = Le texte de bienvenue ne peut pas être vide.

## Textes de l’interface
texts-intro = Remplacez n’importe quel texte du portail pour vos partenaires, langue par langue — par exemple « opportunité » par « affaire ». Les variables telles que { "{ $portal }" } continuent d’être remplies comme avant.
texts-locale = Langue
texts-search = Rechercher par identifiant ou par texte
texts-search-submit = Rechercher
texts-count = Textes correspondants : { $count }
texts-id = Identifiant
texts-built-in = Texte d’origine
texts-override = Votre texte
texts-override-for = Votre texte pour { $id }
texts-reset = Utiliser le texte d’origine
texts-removed = Le texte d’origine est de nouveau utilisé.
texts-invalid = Le texte est trop long ou contient des caractères non autorisés.
texts-error-brace = Une accolade doit ouvrir et fermer un espace réservé comme { "{ $portal }" } ; un « { "{" } » ou un « { "}" } » isolé n’est pas permis.
texts-error-default = Un choix entre plusieurs formes demande exactement une forme par défaut, marquée d’un *.
texts-error-reference = Un texte ne peut pas faire référence à d’autres messages, termes ou fonctions.
texts-error-placeholder = { $name } n’est pas un espace réservé de ce texte. Il a : { $known }.
texts-error-no-placeholders = { $name } n’est pas un espace réservé de ce texte, qui n’en a aucun.
texts-error-syntax = Le texte n’est pas valide pour ce message (l’analyseur indique : { $detail }).
texts-rename = Renommer un terme
texts-rename-intro = Remplacez un mot dans tous les textes de cette langue en une fois — par exemple « Affaire » par « Opportunité ». Mots entiers seulement, avec la casse trouvée ; les espaces réservés restent tels quels. Vous voyez chaque changement avant qu’il soit fait.
texts-rename-from = Terme actuel
texts-rename-to = Nouveau terme
texts-rename-preview = Voir les changements
texts-rename-same = Le nouveau terme doit différer de l’actuel par autre chose que les majuscules (la casse de chaque texte est conservée).
texts-rename-summary = « { $from } » devient « { $to } » en { $language }.
texts-rename-none = Aucun texte de cette langue ne contient ce terme comme mot entier : rien ne changerait.
texts-rename-back = Retour aux textes
texts-rename-count = { $count ->
    [one] Un texte change :
   *[other] { $count } textes changent :
}
texts-rename-preview-caption = Les textes avant et après le changement de terme
texts-rename-before = Maintenant
texts-rename-after = Après le changement
texts-rename-apply = { $count ->
    [one] Modifier ce texte
   *[other] Modifier ces { $count } textes
}
texts-rename-cancel = Annuler
texts-renamed = Le terme a été renommé. Chaque texte modifié peut revenir au texte intégré ci-dessous.

## Utilisateurs
users-organisation = Organisation
users-role = Rôle
users-status = Statut
users-actions = Actions
users-role-of = Rôle de { $name }
users-change-role = Modifier
users-deactivate = Désactiver
users-reactivate = Réactiver
users-resend = Renvoyer l’invitation
users-invite = Inviter un utilisateur
users-invite-submit = Envoyer l’invitation
users-invited = Une invitation est en cours d’envoi à { $email }.
users-invitation-resent = Une nouvelle invitation a été envoyée.
users-deactivated = L’utilisateur est désactivé et toutes ses sessions ont été fermées.
users-reactivated = L’utilisateur peut de nouveau se connecter.
users-email-taken = Cette adresse e-mail est déjà utilisée par quelqu’un sur ce portail.
users-role-mismatch = Ce rôle ne correspond pas à l’organisation : les rôles internes sont réservés à votre propre entreprise, les rôles partenaires aux partenaires.
users-role-not-allowed = Vous ne pouvez ni attribuer ni modifier ce rôle.
users-own-account = Vous ne pouvez pas modifier votre propre compte ici.
user-status-invited = Invité
user-status-active = Actif
user-status-disabled = Désactivé

## Partenaires
partners-empty = Aucune organisation partenaire pour le moment.
partners-tier = Niveau
partners-count = { $count ->
    [one] une organisation partenaire
   *[other] { $n } organisations partenaires
}
partners-country = Pays
partners-country-hint = Commencez à saisir son nom et choisissez-le dans la liste, ou saisissez son code à deux lettres (DE, JP).
partners-domains = Domaines de messagerie
partners-domains-hint = Séparés par des virgules, par exemple partner.com, partner.de. Ils permettent de reconnaître les utilisateurs du partenaire lors de la connexion.
partners-website = Site web
partners-add = Ajouter une organisation partenaire
partners-add-submit = Ajouter le partenaire
partners-created = Le partenaire { $name } a été ajouté.
partners-name-taken = Un partenaire portant ce nom existe déjà.
partners-invalid-website = Veuillez saisir une adresse web, par exemple fabrikam.example ou https://fabrikam.example.
partners-invalid-country = Choisissez un pays dans la liste, ou saisissez un code pays à deux lettres tel que DE.
partners-invalid-domains = Veuillez indiquer des domaines tels que partner.com, séparés par des virgules.

## Journal des e-mails
mail-log-empty = Aucun e-mail n’a encore été envoyé depuis ce portail.
mail-log-attempts = Tentatives
mail-log-last-error = Dernière erreur : { $error }
mail-log-retry = Réessayer
mail-requeued = Le message sera renvoyé sous peu.
mail-status-queued = En attente
mail-status-sent = Envoyé
mail-status-parked = Échec

## Fournisseurs d’identité
sign-in-sso-failed-heading = La connexion a échoué
sso-intro = Permettez aux partenaires et à vos collaborateurs de se connecter avec le fournisseur d’identité de leur propre entreprise (OpenID Connect). Chaque fournisseur est rattaché à une organisation et couvre les domaines de messagerie que vous indiquez.
sso-add = Ajouter un fournisseur
sso-empty = Aucun fournisseur d’identité pour le moment.
sso-issuer = URL de l’émetteur
sso-issuer-hint = L’émetteur (issuer) du fournisseur, par exemple https://login.example.com. Son document de découverte est vérifié lors de l’enregistrement.
sso-invalid-issuer = Veuillez saisir l’émetteur sous forme d’URL commençant par https://.
sso-discovery-unreachable = Impossible de joindre le fournisseur à l’adresse { $issuer }. Vérifiez l’adresse et que le fournisseur répond depuis l’endroit où Portico fonctionne.
sso-discovery-status = Le fournisseur à l’adresse { $issuer } a répondu avec le statut { $status } au lieu de son document de découverte (/.well-known/openid-configuration). Vérifiez l’URL de l’émetteur.
sso-discovery-invalid = Le fournisseur à l’adresse { $issuer } n’a pas envoyé de document de découverte OpenID Connect. Vérifiez l’URL de l’émetteur.
sso-discovery-mismatch = Le document de découverte à l’adresse { $issuer } indique un autre émetteur, ou il lui manque ce dont la connexion a besoin. Saisissez l’URL de l’émetteur exactement comme le fournisseur l’indique.
sso-client-id = ID client
sso-client-secret = Secret client
sso-client-secret-hint = Stocké de manière chiffrée ; il ne sera plus jamais affiché.
sso-client-secret-keep = Laissez ce champ vide pour conserver le secret actuel.
sso-client-secret-kept = Le secret saisi est conservé (scellé, jamais affiché) : saisissez-en un autre pour le remplacer.
sso-scopes = Scopes supplémentaires
sso-invalid-scopes = Les scopes sont des mots séparés par des espaces, par exemple « email profile ».
sso-domains-hint = Les utilisateurs dont l’adresse se termine par l’un de ces domaines se connectent via ce fournisseur.
sso-organisation-hint = Ce fournisseur permet uniquement de se connecter à cette organisation.
sso-jit = Créer les comptes lors de la première connexion (juste-à-temps)
sso-default-role = Rôle des nouveaux comptes
sso-required = SSO obligatoire
sso-required-label = Imposer ce fournisseur pour ses domaines (ni connexion ni réinitialisation par mot de passe)
sso-yes = Oui
sso-no = Non
sso-callback = URI de redirection à enregistrer auprès du fournisseur
sso-callback-hint = Enregistrez exactement cette adresse comme URI de redirection (callback) du client.
sso-remove = Supprimer le fournisseur
sso-removed = Le fournisseur a été supprimé.

## Opérateurs de la plateforme
operator-sign-in = Connexion opérateur
operator-sign-in-intro = Ce lien à usage unique vous connecte à la console de la plateforme Portico.
operator-sign-in-submit = Se connecter à la console
operator-link-invalid = Ce lien de connexion a expiré ou a déjà été utilisé. Créez-en un nouveau avec « portico operator create ».
operator-console = Console de la plateforme
operator-signed-in-as = Connecté en tant que { $email }
operator-tenants = Locataires
operator-no-tenants = Aucun locataire pour le moment.
operator-tenant = Locataire
operator-created = Créé le
tenant-status-active = Actif
tenant-status-suspended = Suspendu
sign-in-sso-redirect = Votre organisation se connecte via { $provider }. Nous vous y redirigeons…

## Opportunités
nav-deals = Opportunités
deals-title = Enregistrements d’opportunités
deals-new = Enregistrer une opportunité
deals-edit = Modifier l’enregistrement
deals-export = Exporter en CSV
deals-filters = Filtrer les opportunités
deals-search = Rechercher une entreprise, un domaine ou un contact
deals-any = Tous
deals-created-from = Enregistrées à partir du
deals-created-to = Enregistrées jusqu’au
deals-value-min = Valeur minimale ({ $currency }, convertie)
deals-value-max = Valeur maximale ({ $currency }, convertie)
deals-sort = Trier par
deals-apply = Appliquer
deals-needs-review = À examiner
csv-yes = oui
deals-empty = Aucune opportunité pour l’instant.
deals-none-match = Aucune opportunité ne correspond à ces filtres.
deals-clear-filters = Effacer les filtres
deals-first-page = Revenir à la première page
deals-count = { $count ->
    [one] une opportunité
   *[other] { $n } opportunités
}
deals-count-matching = { $count ->
    [one] Une opportunité correspond à ces filtres.
   *[other] { $n } opportunités correspondent à ces filtres.
}
deals-next-page = Plus d’opportunités
deals-save-draft = Enregistrer comme brouillon
deal-sort-newest = Plus récentes d’abord
deal-sort-oldest = Plus anciennes d’abord
deal-sort-value_desc = Valeur la plus élevée
deal-sort-value_asc = Valeur la plus faible
deal-sort-close_asc = Clôture la plus proche
deal-section-customer = Client
deal-section-opportunity = Opportunité
deal-section-details = Détails
deal-section-actions = Prochaines étapes
deal-field-id = Identifiant
deal-field-partner = Partenaire
deal-field-company = Entreprise cliente
deal-field-domain = Domaine web du client
deal-field-country = Pays
deal-field-contact = Contact
deal-field-contact-email = E-mail du contact
deal-field-value = Valeur estimée
deal-field-currency = Devise
deal-field-close = Clôture prévue
deal-field-description = Description
deal-field-products = Produits
deal-field-status = Statut
deal-field-protected-until = Protégée jusqu’au
deal-field-created = Enregistrée le
deal-invalid-domain = Veuillez saisir le domaine web du client, par exemple example.com.
deal-invalid-value = Veuillez saisir un montant positif, par exemple 12500 ou 12 500,00.
deal-value-too-large = Une opportunité ne peut pas dépasser { $max }.
deal-invalid-date = Veuillez saisir une date telle que 2027-03-31.
deal-invalid-close-range = La date de clôture prévue doit être comprise entre le mois dernier et les cinq prochaines années.
deal-conflict-hint = Un autre enregistrement concerne peut-être déjà ce client. Vous pouvez tout de même le soumettre : le fournisseur l’examinera avant de prendre sa décision.
deal-under-review = Cet enregistrement est en cours d’examen par le fournisseur.
deal-no-actions = Aucune action n’est requise sur cette opportunité pour le moment.
deal-message-to-partner = Message au partenaire
deal-message-to-partner-required = Message au partenaire (obligatoire : le motif)
deal-message-to-partner-optional = Message au partenaire (facultatif)
deal-message-to-partner-hint = Le partenaire le voit sur l’affaire et dans son e-mail.
deal-message-from-vendor = Message du fournisseur
deal-internal-note = Note interne (équipe uniquement)
deal-internal-note-optional = Note interne (facultative)
deal-internal-note-hint = Seule l’équipe du fournisseur la voit : jamais le partenaire, sur aucune page ni dans aucun e-mail.
deal-question-heading = Le fournisseur demande
deal-reply = Votre réponse
deal-reply-hint = Elle s’ajoute à l’historique de l’affaire, qui repart en examen.
deal-reply-submit = Répondre et soumettre à nouveau
deal-reply-edit = Modifier d’abord les informations de l’affaire
deal-message-from-partner = Réponse du partenaire
deal-request-extension = Demander une prolongation de la protection
deal-extension-pending = Prolongation demandée
deal-extension-grant = Accorder la prolongation
deal-extension-refuse = Refuser la prolongation
deal-conflicts = Conflits possibles
deal-conflicts-intro = Les autres enregistrements ouverts pour le même client, côte à côte. Les champs identiques sont signalés.
deal-conflict-this-named = Cet enregistrement : { $partner }, { $company }
deal-conflict-other-named = { $partner }, { $company }
deal-conflict-registered = enregistré le { $date }
deal-conflict-resolve-hint = Tranchez l’ensemble en une fois : approuvez un enregistrement et les autres en attente d’examen sont refusés, chaque partenaire recevant le message de sa propre colonne.
deal-conflict-reason = Message à { $partner } si un autre enregistrement est approuvé
deal-conflict-reason-hint = Seul ce partenaire le lit.
deal-conflict-reason-required = Écrivez le motif communiqué à ce partenaire si un autre enregistrement est approuvé.
deal-conflict-approve-this = Approuver celui-ci, refuser les autres
deal-conflict-untouched = Pas en attente d’examen : la décision le laisse tel quel.
deal-conflict-match = identique
deal-conflict-same-partner = même partenaire
deal-timeline = Historique
deal-via-token = via le jeton d’API « { $name } »
deal-status-draft = Brouillon
deal-status-submitted = Soumise
deal-status-approved = Approuvée
deal-status-rejected = Refusée
deal-status-info_requested = Infos demandées
deal-status-won = Gagnée
deal-status-lost = Perdue
deal-status-expired = Expirée
deal-action-submit = Soumettre pour approbation
deal-action-approve = Approuver
deal-action-reject = Refuser
deal-action-request_info = Demander des précisions
deal-action-resubmit = Soumettre à nouveau
deal-action-win = Marquer comme gagnée
deal-action-lose = Marquer comme perdue
deal-action-expire = Faire expirer
deal-event-created = Enregistrement créé
deal-event-edited = Détails modifiés
deal-event-submit = Soumise
deal-event-resubmit = Soumise à nouveau
deal-event-approve = Approuvée
deal-event-auto_approve = Approuvée automatiquement (règle de niveau)
deal-event-reject = Refusée
deal-event-request_info = Informations complémentaires demandées
deal-event-win = Marquée comme gagnée
deal-event-lose = Marquée comme perdue
deal-event-expire = Protection expirée
deal-event-extension_requested = Prolongation demandée
deal-event-extension_granted = Prolongation accordée
deal-event-extension_refused = Prolongation refusée
deal-error-not-allowed = Cette étape n’est pas possible pour cette opportunité pour le moment.
deal-error-too-many-open = Votre niveau autorise { $max } opportunités ouvertes à la fois. Clôturez-en ou finalisez-en d’abord une.
deal-error-comment-required = Veuillez indiquer un motif.
deal-error-partner-inactive = Votre organisation partenaire n’est pas active ; elle ne peut donc pas soumettre d’opportunités.
deal-error-too-many-drafts = Vous avez déjà { $max } brouillons, le maximum autorisé par ce portail. Soumettez-en d’abord un.
deal-flash-saved = L’enregistrement a été sauvegardé comme brouillon.
deal-flash-submitted = L’enregistrement a été soumis.
deal-flash-approve = L’opportunité a été approuvée.
deal-flash-reject = L’opportunité a été refusée.
deal-flash-resolved = L’enregistrement est approuvé ; les autres en conflit sont refusés et chaque partenaire en connaît le motif.
deal-flash-request_info = Des informations complémentaires ont été demandées au partenaire.
deal-flash-resubmit = L’enregistrement a été soumis à nouveau.
deal-flash-submit = L’enregistrement a été soumis.
deal-flash-win = L’opportunité a été marquée comme gagnée.
deal-flash-lose = L’opportunité a été marquée comme perdue.
deal-flash-expire = L’opportunité a expiré.
deal-flash-extension-requested = La prolongation a été demandée.
deal-flash-extension-granted = La prolongation a été accordée.
deal-flash-extension-refused = La prolongation a été refusée.

## Notifications
notifications-title = Notifications
notifications-bell = Notifications, { $count } non lues
notifications-empty = Aucune notification pour le moment.
notifications-read-all = Tout marquer comme lu
notifications-mark-read = Marquer comme lue
notification-open = Ouvrir l’opportunité
notify-deal-submitted = { $partner } a enregistré l’opportunité « { $company } ».
notify-deal-submitted-conflict = { $partner } a enregistré l’opportunité « { $company } », qui pourrait entrer en conflit avec un autre enregistrement.
notify-deal-approved = Votre opportunité « { $company } » a été approuvée et est protégée jusqu’au { $date }.
notify-deal-rejected = Votre opportunité « { $company } » a été refusée : { $comment }
notify-deal-info-requested = Des informations complémentaires sont nécessaires pour votre opportunité « { $company } » : { $comment }
notify-extension-requested = { $partner } demande la prolongation de la protection de « { $company } ».
notify-extension-granted = La protection de « { $company } » est prolongée jusqu’au { $date }.
notify-extension-refused = La prolongation pour « { $company } » a été refusée.
notify-deal-expiring = La protection de « { $company } » prend fin le { $date }.
notify-deal-expired = La protection de « { $company } » a expiré.

## Analyses
analytics-title = Analyse du pipeline
analytics-total = { $count } opportunités au total.
analytics-summary = { $n } opportunités.
analytics-deals = Opportunités
analytics-by-status = Par statut
analytics-by-partner = Par partenaire
analytics-by-tier = Par niveau
analytics-by-month = Par mois d’enregistrement
analytics-no-tier = Sans niveau

## Produits et niveaux
admin-products = Produits
admin-tiers = Niveaux
products-intro = Les partenaires choisissent parmi ces produits lorsqu’ils enregistrent une opportunité.
products-empty = Aucun produit pour le moment.
products-sku = SKU
products-active = Actif
products-inactive = Masqué
products-activate = Afficher à nouveau
products-deactivate = Masquer
products-add = Ajouter un produit
products-name-taken = Un produit portant ce nom existe déjà.
tiers-intro = Les partenaires progressent d’un niveau à l’autre ; chaque niveau détermine combien de temps les opportunités approuvées restent protégées, combien d’opportunités peuvent être ouvertes simultanément et jusqu’à quelle valeur les opportunités sont approuvées automatiquement.
tiers-protection-days = Durée de protection (jours)
tiers-max-open = Nombre maximal d’opportunités ouvertes
tiers-auto-approve = Approbation automatique jusqu’à ({ $currency })
tiers-hint = Pour les opportunités ouvertes, 0 signifie aucune limite ; pour l’approbation automatique, 0 signifie jamais. Les opportunités susceptibles d’entrer en conflit avec un autre enregistrement sont toujours examinées par une personne.
tiers-add = Ajouter un niveau
tiers-invalid-number = Veuillez saisir un nombre entier compris entre 0 et { $max }.
tiers-drafts-heading = Brouillons
tiers-drafts-label = Brouillons par utilisateur partenaire
tiers-drafts-hint = Nombre de brouillons non soumis qu’une personne peut conserver à la fois. Les opportunités soumises comptent plutôt dans les opportunités ouvertes de leur niveau.
tiers-drafts-invalid = Veuillez saisir un nombre entier compris entre 1 et { $max }.
deal-review-by = L’équipe { $portal } examine l’affaire et décide d’ici le { $date }.
tiers-review-heading = Examen
tiers-review-label = Jours ouvrés jusqu’à la décision
tiers-review-hint = Les partenaires savent quand attendre une décision sur une affaire soumise (du lundi au vendredi).
tiers-review-invalid = Saisissez un nombre entier de 1 à { $max }.
tiers-name-taken = Un niveau portant ce nom existe déjà.

## Recrutement
admin-applications = Candidatures
apply-title = Devenir partenaire
apply-intro = Présentez-nous votre entreprise et nous reviendrons vers vous. Les partenaires de { $portal } enregistrent leurs opportunités, obtiennent des certifications et mènent des campagnes en co-branding.
apply-company = Entreprise
apply-contact-name = Votre nom
apply-contact-email = Votre adresse e-mail professionnelle
apply-message = Que souhaitez-vous vendre avec nous ?
apply-submit = Envoyer la candidature
apply-thanks-heading = Merci pour votre candidature
apply-thanks-body = Nous avons bien reçu votre candidature et vous répondrons par e-mail.
apply-too-many = Trop de candidatures ont été envoyées depuis votre réseau au cours de la dernière heure. Veuillez réessayer plus tard.
applications-none-pending = Aucune candidature en attente.
applications-approve = Approuver et inviter
applications-reject = Refuser
applications-reason = Motif
applications-decided = Candidatures traitées
applications-approved = { $company } est désormais partenaire ; son administrateur a été invité.
applications-rejected = Le candidat a été informé.
applications-reason-required = Veuillez indiquer le motif du refus.
applications-status-approved = Approuvée
applications-status-rejected = Refusée
applications-status-pending = En attente
notify-application = { $company } a posé sa candidature pour devenir partenaire.
mail-application-rejected-subject = Votre candidature auprès de { $portal }
mail-application-rejected-body = Merci de l’intérêt que vous nous portez. Nous avons décidé de ne pas intégrer { $company } au programme partenaires de { $portal } pour le moment, pour la raison suivante :

## Organisations partenaires
partners-search = Rechercher un nom ou un domaine
org-status-active = Active
org-status-suspended = Suspendue
org-status-applicant = Candidate
org-no-users = Aucun utilisateur pour le moment.
org-all-deals = Toutes les opportunités de ce partenaire
org-title = Mon organisation
org-your-tier = Votre niveau
org-next-tier = Niveau suivant
org-next-tier-hint = Parlez à votre responsable de canal pour passer au niveau supérieur.
org-top-tier = Vous êtes au niveau le plus élevé.
org-no-tier = Aucun niveau n’est encore attribué à votre organisation.
org-unlimited = Sans limite
org-auto-never = Jamais
org-auto-up-to = Jusqu’à { $amount }
org-open-now = actuellement ouvertes : { $count }
home-review-deals = Examiner les opportunités

## Uploads
upload-refused-empty = Le fichier est vide.
upload-refused-type = Ce type de fichier n’est pas accepté ici. Utilisez l’un des types indiqués.
upload-refused-svg = Les fichiers SVG ne sont pas acceptés (ils peuvent contenir des scripts). Exportez l’image en PNG ou WebP.
upload-refused-pixels = L’image compte trop de pixels (au plus 12 000 pixels de côté et 48 mégapixels).
upload-refused-broken = Le fichier est illisible : il est endommagé ou n’est pas ce qu’il prétend être.
upload-refused-encrypted = Le PDF est protégé par un mot de passe ou chiffré. Déposez une copie sans protection.
upload-refused-too-large = Le fichier dépasse { $size }.

## Partner co-branding profile
profile-title = Profil de co-marquage
profile-hint = Ce que les supports co-marqués (fiches techniques, e-mails, pages d’atterrissage) montrent de votre organisation.
profile-contact-name = Nom du contact
profile-contact-email = E-mail du contact
profile-contact-phone = Téléphone du contact
profile-logo-file = Logo
profile-logo-hint = PNG, JPEG ou WebP, jusqu’à 2 Mo. Affiché sur les supports co-marqués.
profile-logo-current = Logo actuel
profile-no-logo = Pas encore de logo.
profile-ask-admin = Les administrateurs partenaires de votre organisation peuvent modifier ce profil.
profile-saved = Profil enregistré.
profile-logo-saved = Logo enregistré.
form-invalid-phone = Saisissez un numéro de téléphone d’au moins cinq chiffres (espaces et + ( ) - . / autorisés).

## Asset library
nav-assets = Bibliothèque de ressources
assets-title = Bibliothèque de ressources
assets-add = Ajouter une ressource
assets-add-submit = Ajouter la ressource
assets-search = Rechercher dans les titres et descriptions
assets-empty = Aucune ressource ne correspond. Ajoutez-en une ou modifiez les filtres.
asset-kind = Type
asset-kind-image = Image
asset-kind-pdf = Document PDF
asset-status = Statut
asset-status-draft = Brouillon
asset-status-published = Publiée
asset-status-archived = Archivée
asset-tag = Mot-clé
asset-preview = Aperçu
asset-title = Titre
asset-description = Description
asset-versions = Versions
asset-version = Version
asset-version-number = Version { $number }
asset-version-current = actuelle
asset-file = Fichier
asset-file-hint = PDF, PNG, JPEG ou WebP, jusqu’à { $size }. Le type du fichier est déterminé par son contenu, pas par son nom.
asset-file-missing = Choisissez un fichier à déposer.
asset-text-locale = Langue de ce texte
asset-text-locale-hint = Ajoutez les autres langues sur la page de la ressource.
asset-tags = Mots-clés
asset-tags-hint = Séparés par des virgules, par exemple : fiche technique, sécurité.
asset-tiers = Visible pour les niveaux
asset-tiers-hint = Aucun coché : tous les partenaires la voient une fois publiée.
asset-partners-downloaded = { $count ->
    [one] téléchargée par une organisation partenaire
   *[other] téléchargée par { $n } organisations partenaires
}
asset-text-missing = Manquant en :
asset-text-missing-badge = manquant
asset-texts = Titre et description
asset-publishing = Publication
asset-version-locale = Pour
asset-version-locale-hint = Une version pour une langue remplace le fichier uniquement pour les partenaires qui utilisent cette langue.
asset-version-all-locales = Toutes les langues
asset-version-note = Ce qui a changé (facultatif)
asset-downloads = Téléchargements
asset-no-versions = Pas encore de version.
asset-pages = { $count ->
    [one] une page
   *[other] { $n } pages
}
asset-new-version = Déposer une nouvelle version
asset-upload-version = Déposer la version
asset-created = Ressource ajoutée.
asset-version-added = Nouvelle version déposée. Les partenaires la reçoivent désormais.
library-title = Bibliothèque de ressources
library-intro = Les supports de votre fournisseur pour votre propre marketing.
library-empty = Rien pour votre niveau de partenariat pour l’instant, ou rien ne correspond aux filtres.
library-not-in-your-language = Cette ressource n’existe pas dans votre langue ; elle est affichée en { $language }.
library-download = Télécharger

## E-mail preferences and unsubscribe
prefs-title = Préférences d’e-mail
prefs-intro = Choisissez les e-mails facultatifs que vous recevez. Les notifications du portail restent actives.
prefs-legend = M’envoyer des e-mails sur
prefs-essential = Les e-mails concernant vos affaires, votre compte et sa sécurité sont toujours envoyés.
prefs-saved = Préférences enregistrées.
prefs-category-campaigns = les nouvelles campagnes marketing pour mon niveau de partenariat
prefs-category-asset-updates = les nouvelles versions des ressources que j’ai téléchargées
prefs-category-courses = les nouveaux cours et les rappels de certificats
mail-unsubscribe = Ne plus recevoir d’e-mails sur { $category }
unsubscribe-title = Se désabonner
unsubscribe-ask = Ne plus recevoir d’e-mails sur { $category } ?
unsubscribe-confirm = Se désabonner
unsubscribe-done = C’est fait : vous ne recevrez plus d’e-mails sur { $category }.
unsubscribe-change = Modifier vos préférences d’e-mail
notify-asset-superseded = Une nouvelle version de « { $title } » est disponible (version { $number }).

## Campaigns
nav-campaigns = Campagnes
campaigns-title = Campagnes
campaigns-add = Nouvelle campagne
campaigns-add-submit = Créer la campagne
campaigns-empty = Pas encore de campagne.
campaign-name = Nom
campaign-period = Période
campaign-period-value = du { $start } au { $end }
campaign-status = Statut
campaign-status-draft = Brouillon
campaign-status-scheduled = Planifiée
campaign-status-active = Active
campaign-status-ended = Terminée
campaign-assets = Ressources
campaign-starts = Début le
campaign-ends = Fin le (inclus)
campaign-tiers = Niveaux ciblés
campaign-tiers-hint = Aucun coché : tous les niveaux de partenariat.
campaign-no-assets = La bibliothèque n’a pas encore de ressource publiée.
campaign-ready = Prête : la lancer pendant sa période
campaign-ready-hint = Tant qu’elle n’est pas prête, elle reste un brouillon invisible des partenaires. À son début, ses partenaires sont prévenus dans le portail et par e-mail.
campaign-stats = Chiffres
campaign-stats-notified = Partenaires prévenus
campaign-stats-viewed = Partenaires qui l’ont consultée
campaign-stats-activated = Partenaires qui l’ont activée
campaign-stats-per-partner = Par organisation partenaire
campaign-stats-partner = Partenaire
campaign-stats-downloads = Téléchargements
campaign-stats-note = Comment ils la mènent
campaign-stats-empty = Aucun partenaire ne l’a encore vue.
campaign-stats-per-version = Téléchargements par version de ressource
campaign-stats-csv = Télécharger en CSV
campaign-yes = oui
campaign-no = non
campaign-invalid-date = Saisissez une date comme 2026-12-31.
campaign-ends-before-start = La fin précède le début.
campaign-created = Campagne créée.
campaigns-partner-intro = Les campagnes de votre fournisseur en cours pour votre niveau de partenariat.
campaigns-partner-empty = Aucune campagne n’est en cours pour votre niveau de partenariat.
campaign-partner-no-assets = Cette campagne n’a pas de ressource pour votre niveau.
campaign-activate-title = Mener cette campagne
campaign-activated-state = Activée
campaign-activate-note = Comment vous la menez (facultatif)
campaign-activate-note-hint = Par exemple : newsletter le 10, deux webinaires. Votre fournisseur voit cette note.
campaign-activate = Marquer comme activée
campaign-activate-update = Mettre à jour la note
campaign-activated = Campagne marquée comme activée.
notify-campaign-started = Une nouvelle campagne a commencé : { $name }
campaign-stats-funnel = Partenaires : prévenus, ont consulté, ont activé
campaign-stats-downloads-per-partner = Téléchargements par organisation partenaire
campaign-stats-downloads-total = { $count ->
    [one] un téléchargement au total.
   *[other] { $n } téléchargements au total.
}

## E-mail templates and co-branding
asset-kind-email = Modèle d’e-mail
asset-content-file = Pour les images et les PDF : le fichier
asset-content-template = Pour les modèles d’e-mail et les pages d’atterrissage : objet (le titre d’une page d’atterrissage), HTML et texte (e-mail seulement)
template-vocabulary = Espaces réservés remplacés par les coordonnées des partenaires : { $vocabulary }
template-subject = Objet
template-body-html = Partie HTML
template-body-text = Partie texte
template-unknown = Espaces réservés inconnus : { $names }. Utilisez uniquement : { $vocabulary }
template-unclosed = Un espace réservé est ouvert par deux accolades mais jamais fermé.
template-edit = Modifier le modèle (enregistré comme nouvelle version)
template-preview = Aperçu avec vos coordonnées
preflight-missing = Votre profil de co-marquage ne contient pas ce qu’utilise ce modèle, qui reste donc vide :
preflight-fix = Compléter le profil de votre organisation
placeholder-partner-name = le nom de votre organisation
placeholder-partner-logo = votre logo
placeholder-partner-website = votre site web
placeholder-contact-name = un nom de contact
placeholder-contact-email = un e-mail de contact
placeholder-contact-phone = un téléphone de contact
placeholder-landing-page-url = une page d’atterrissage publiée
placeholder-tenant-name = le nom de votre fournisseur
template-download-html = Télécharger en HTML
template-download-eml = Télécharger en .eml
template-send-test = Envoyer une copie de test à { $email }
template-test-sent = Une copie de test part vers { $email }.

## Co-branding zones of PDFs
zones-title = Zones de co-marquage
zones-intro = Indiquez où le logo et les coordonnées de chaque partenaire sont apposés. Positions et tailles sont en pourcentage de la page, depuis son coin supérieur gauche.
zones-none = Aucune zone pour l’instant : les partenaires téléchargent le PDF tel quel.
zones-sample = Télécharger un exemple pour un partenaire fictif
zone-add-title = Ajouter une zone
zone-page = Page
zone-where = Position et taille
zone-what = Contenu
zone-what-logo = Le logo du partenaire
zone-what-text = Texte avec espaces réservés
zone-text = Texte
zone-text-hint = Par exemple : { $example }. Une zone qui ne contient que l’espace réservé du site web ou de la page d’atterrissage devient un lien.
zone-x = Depuis la gauche (%)
zone-y = Depuis le haut (%)
zone-width = Largeur (%)
zone-height = Hauteur (%)
zone-add = Ajouter la zone
zone-remove = Supprimer
zone-actions = Actions
zone-added = Zone ajoutée. Téléchargez l’exemple pour la vérifier.
zone-removed = Zone supprimée.
zone-position = { $x } % depuis la gauche, { $y } % depuis le haut
zone-size = { $width } × { $height } %
zone-on-page = Page { $page }
zone-whole-number = Saisissez un nombre entier.
zone-page-invalid = { $count ->
    [one] Le document a une page : saisissez 1.
   *[other] Choisissez une page de 1 à { $n }.
}
zone-off-page = La zone doit se trouver sur la page : position de 0 à 99 %, taille de 1 à 100 %, position et taille ensemble 100 % au plus.
zone-logo-in-text = Le logo a sa propre zone : choisissez « Le logo du partenaire ».
zone-too-many = Une ressource a au plus { $max } zones.
zone-sample-partner = Partenaire Exemple SARL
zone-sample-contact = Alex Exemple
library-download-cobranded = Télécharger votre version co-marquée
library-cobranded-hint = Avec le logo et les coordonnées de votre organisation.

## Landing pages
asset-kind-landing = Page d’atterrissage
landing-headline = Titre
landing-your-page = Votre page d’atterrissage
landing-not-yet = Publiez cette page sous le nom et le logo de votre organisation ; les visiteurs vous contactent par son formulaire.
landing-publish = Publier comme notre page d’atterrissage
landing-publish-again = Publier à nouveau
landing-unpublish = Mettre hors ligne
landing-is-offline = Votre page est hors ligne ; son adresse est conservée.
landing-live-at = En ligne à
landing-see-submissions = Visites et demandes de contact
landing-published = Votre page d’atterrissage est en ligne à { $path }.
landing-unpublished = Votre page d’atterrissage est hors ligne.
landing-list-title = Pages d’atterrissage
landing-list-intro = Les pages publiées de votre organisation et ce que les visiteurs y ont envoyé.
landing-your-pages = Vos pages
landing-address = Adresse
landing-visits-heading = Visites
landing-visits = { $count ->
    [one] une visite
   *[other] { $n } visites
}
landing-offline = hors ligne
landing-none = Aucune page d’atterrissage pour l’instant : publiez-en une depuis la bibliothèque.
landing-submissions = Demandes de contact
landing-no-submissions = Aucune demande de contact pour l’instant.
landing-when = Reçue le
landing-name = Votre nom
landing-email = Votre e-mail
landing-company = Entreprise
landing-message = Message
landing-send = Envoyer
landing-contact-title = Contacter { $partner }
landing-thanks = Merci. { $partner } vous répondra bientôt.
landing-privacy = Vos coordonnées ne sont transmises qu’à { $partner }, pour répondre à votre demande.
landing-too-many = Trop de demandes depuis votre réseau. Veuillez réessayer dans une heure.
notify-landing-submission = { $name } ({ $email }) a envoyé une demande de contact via votre page d’atterrissage.
nav-landing-pages = Pages d’atterrissage
campaign-stats-visits = Visites des pages d’atterrissage
campaign-stats-submissions = Demandes de contact
template-preview-button = Aperçu
template-live-preview = Aperçu en direct pour un partenaire fictif
template-preview-sample = partenaire fictif

## Social posts
asset-kind-social = Publication sociale
asset-content-social = Pour les publications sociales : le texte de la publication (l’image est le fichier ci-dessus)
social-text = Texte de la publication
social-fits-title = Longueur par réseau
social-fits-sample = Le texte actuel, rempli pour un partenaire fictif.
social-network = Réseau
social-length = Longueur
social-fit = { $length } sur { $limit } caractères
social-too-long = trop long
social-your-post = Votre publication
social-copy-hint = Copiez ce texte dans votre publication, avec l’image ci-dessous.

## Plans and usage
admin-usage = Offre et consommation
plan-limit-title = Limite de l’offre atteinte
plan-limit-body-staff = Votre offre permet { $limit } ({ $what }) et cette action la dépasserait : rien n’a été modifié. Administration → Offre et consommation indique où vous en êtes ; l’opérateur de la plateforme peut relever la limite en changeant votre offre.
plan-limit-body-partner = { $portal } a atteint la limite de son offre, { $limit } ({ $what }) : rien n’a été modifié. Demandez à l’équipe de { $portal } de la relever.
plan-feature-off-title = Non inclus dans cette offre
plan-feature-off-body-staff = { $feature } n’est pas inclus dans votre offre. L’opérateur de la plateforme peut l’activer en changeant votre offre.
plan-feature-off-body-partner = { $feature } n’est pas disponible sur { $portal }.
plan-feature-sso = Authentification unique (SSO)
plan-feature-campaigns = Campagnes et bibliothèque de ressources
plan-feature-api = API et webhooks
plan-feature-included = { $feature } : inclus
plan-feature-excluded = { $feature } : non inclus
usage-metric-partners = organisations partenaires
usage-metric-users = utilisateurs
usage-metric-storage_bytes = stockage
usage-metric-emails = e-mails ce mois-ci
usage-metric-deals = affaires enregistrées ce mois-ci
usage-metric-sign_ins = connexions ce mois-ci
usage-metric-api_calls = appels d’API ce mois-ci
usage-unlimited = illimité
usage-plan = Votre offre : { $plan }
usage-now = Ce mois-ci
usage-column-what = Quoi
usage-column-used = Utilisé
usage-column-limit = Limite
usage-column-share = Part de la limite
usage-column-month = Mois
usage-empty = Rien n’a encore été compté.
usage-at-limit = limite atteinte
usage-no-limit = sans limite
usage-raise-hint = À 80 % et à 100 % d’une limite, les administrateurs sont prévenus dans le portail et par e-mail. Au-delà des e-mails du mois, les messages désactivables sont retenus ; les liens de connexion, les invitations et les décisions sur les affaires partent toujours. Pour relever une limite, demandez à l’opérateur de la plateforme de changer votre offre.
usage-history = Mois précédents
usage-download-csv = Télécharger la consommation mensuelle (CSV)
usage-history-empty = Aucun mois n’a encore été compté.
notify-usage-limit-near = Votre portail a utilisé 80 % de la limite de son offre : { $metric ->
    [partners] organisations partenaires
    [users] utilisateurs
    [storage_bytes] stockage
   *[emails] e-mails ce mois-ci
}.
notify-usage-limit-reached = Votre portail a atteint la limite de son offre : { $metric ->
    [partners] organisations partenaires
    [users] utilisateurs
    [storage_bytes] stockage
   *[emails] e-mails ce mois-ci
}. Les nouveaux ajouts sont refusés jusqu’au changement d’offre.

## Operator console: tenants and plans
operator-plans = Offres
operator-usage-csv = Consommation mensuelle de tous les locataires (CSV)
operator-search = Rechercher par nom ou identifiant
operator-sort = Trier par
operator-sort-name = Nom
operator-sort-newest = Plus récents d’abord
operator-search-submit = Afficher
operator-plan = Offre
operator-open-portal = ouvrir le portail
operator-next-page = Page suivante
operator-create-tenant = Créer un locataire
operator-create-slug = Identifiant (sous-domaine)
operator-create-slug-hint = 2 à 63 lettres minuscules, chiffres et tirets ; l’adresse du portail devient identifiant.votre-domaine.
operator-create-name = Nom de l’éditeur
operator-create-admin-email = E-mail du premier administrateur de l’éditeur
operator-create-admin-email-hint = Cette personne reçoit une invitation pour définir un mot de passe.
operator-create-locale = Langue par défaut
operator-create-submit = Créer le locataire
operator-create-slug-invalid = Utilisez 2 à 63 lettres minuscules, chiffres et tirets, sans tiret au début ni à la fin.
operator-create-slug-reserved = Cet identifiant est réservé à la plateforme ; choisissez-en un autre.
operator-create-slug-taken = Un locataire avec cet identifiant existe déjà.
operator-create-name-invalid = Utilisez 1 à 100 caractères sans caractères de contrôle.
operator-plan-unknown = Choisissez l’une des offres proposées.
operator-tenant-created = Locataire créé. L’administrateur { $email } a été invité par e-mail.
operator-plan-changed = L’offre a été changée ; ses limites et fonctions s’appliquent dès maintenant.
operator-tenant-suspended = Le locataire est suspendu : son portail l’indique et personne ne peut se connecter.
operator-tenant-resumed = Le locataire est de nouveau actif.
operator-back-to-tenants = ← Tous les locataires
operator-slug = Identifiant
operator-change-plan = Changer d’offre
operator-change-plan-submit = Changer d’offre
operator-tenant-status = Suspendre ou reprendre
operator-tenant-is-suspended = Ce locataire est suspendu : son portail répond « suspendu », personne ne peut se connecter et ses e-mails attendent. La reprise rétablit tout.
operator-resume = Reprendre le locataire
operator-suspend-hint = La suspension conserve toutes les données ; le portail répond « suspendu » et personne ne peut se connecter jusqu’à la reprise.
operator-suspend = Suspendre le locataire
operator-plans-intro = Les limites laissées vides sont illimitées. Un changement s’applique immédiatement à tous les locataires de l’offre.
operator-plan-name = Nom
operator-plan-max-partners = Organisations partenaires
operator-plan-max-users = Utilisateurs
operator-plan-max-storage = Stockage (Mio)
operator-plan-max-emails = E-mails par mois
operator-plan-limit-hint = Un nombre entier ; vide pour illimité.
operator-plan-features = Fonctions
operator-plan-saved = L’offre a été enregistrée.
operator-plan-limit-invalid = Saisissez un nombre entier de 0 à 1 000 000 000, ou laissez vide pour illimité.

## Deleting tenants and the audit log
tenant-status-deleted = Supprimé
operator-tenant-is-deleted = Ce locataire est supprimé ; restaurez-le d’abord.
operator-tenant-deleted = Le locataire est supprimé : son portail répond « supprimé » et rien n’est envoyé. Vous pouvez le restaurer jusqu’à la purge.
operator-delete-confirm-mismatch = Saisissez l’identifiant exactement comme affiché pour confirmer.
operator-tenant-restored = Le locataire est restauré avec toutes ses données.
operator-tenant-not-deleted = Ce locataire n’est pas supprimé.
operator-deleted-title = Supprimé
operator-deleted-body = Ce locataire est supprimé : son portail répond « supprimé », personne ne peut se connecter et rien n’est envoyé. Le { $date }, la purge efface définitivement toutes ses données et tous ses fichiers ; d’ici là, vous pouvez le restaurer.
operator-restore = Restaurer le locataire
operator-delete-title = Supprimer le locataire
operator-delete-body = Le portail répond aussitôt « supprimé » et plus rien n’est envoyé. Après le délai de grâce, toutes les données et tous les fichiers du locataire sont effacés définitivement. Exportez-le d’abord si l’éditeur souhaite récupérer ses données.
operator-delete-confirm = Saisissez { $slug } pour confirmer
operator-delete-submit = Supprimer le locataire
operator-audit = Journal d’audit
operator-audit-intro = Ce que les opérateurs, la ligne de commande et la purge ont fait sur la plateforme, du plus récent au plus ancien. Chaque entrée est chaînée à la précédente par son empreinte ; `portico audit verify` vérifie la chaîne.
audit-when = Quand
audit-who = Qui
audit-action = Action
audit-target = Cible
audit-changes = Modifications
audit-from = Depuis
audit-empty = Rien n’a encore été enregistré.
audit-actor-system = Portico (ligne de commande ou tâche)
audit-actor-anonymous = Visiteur
audit-actor-user = Utilisateur
audit-actor-operator = Opérateur
audit-actor-token = Jeton d’API

## The tenant audit log
admin-audit = Journal d’audit
admin-audit-intro = Chaque modification faite dans ce portail : qui, quoi, quand et d’où, de la plus récente à la plus ancienne. Les entrées ne peuvent être ni modifiées ni supprimées.
audit-filter-who = Personne (e-mail)
audit-filter-kind = Type
audit-filter-any = Tous
audit-filter-from = Du
audit-filter-until = Au
audit-download-csv = Télécharger en CSV
audit-kind-deal = Affaires
audit-kind-partner = Partenaires
audit-kind-application = Candidatures
audit-kind-user = Utilisateurs
audit-kind-tenant = Réglages du portail
audit-kind-sso = Fournisseurs de connexion
audit-kind-product = Produits
audit-kind-asset = Ressources
audit-kind-campaign = Campagnes
audit-kind-tier = Niveaux

## Platform API tokens
operator-tokens = Jetons d’API
operator-tokens-intro = Jetons pour l’API de la plateforme à { $url } (envoyez Authorization: Bearer pop_…). Un jeton agit au nom de son opérateur ; révoquez un jeton qui a fuité.
operator-token-made = Votre nouveau jeton
operator-token-once = Copiez-le maintenant : il n’est affiché qu’une fois et n’est conservé que sous forme d’empreinte.
operator-token-name = Nom
operator-token-hint = Commence par
operator-token-owner = Opérateur
operator-token-last-used = Dernière utilisation
operator-tokens-empty = Aucun jeton pour l’instant.
operator-token-never = jamais
operator-token-revoked-state = Révoqué
operator-token-revoke = Révoquer
operator-token-revoked = Le jeton est révoqué ; les requêtes qui l’utilisent sont désormais refusées.
operator-token-new = Créer un jeton
operator-token-name-hint = À quoi il sert, par exemple « script de provisionnement ».
operator-token-create = Créer le jeton

## Export
export-title = Exporter vos données
export-intro = Tout ce que ce portail conserve de votre programme — partenaires, utilisateurs, affaires, ressources, campagnes, réglages, consommation et journal d’audit — dans un seul zip : un manifeste avec les nombres et les empreintes, un fichier JSON Lines par type d’enregistrement et vos fichiers stockés.
export-download = Télécharger l’export (zip)
export-request = Préparer un nouvel export
export-requested = L’export est en préparation. Il apparaît ci-dessous dès qu’il est prêt ; vous recevrez aussi un e-mail.
export-requested-operator = L’export est en préparation ; il apparaît ci-dessous dès qu’il est prêt.
export-preparing = Préparation de l’export… cette liste se met à jour d’elle-même.
export-refresh = Actualiser
export-none = Aucun export pour l’instant.
export-column-requested = Demandé le
export-column-by = Par
export-column-status = État
export-column-file = Fichier
export-link-until = Le lien est valable jusqu’au { $date }.
export-status-queued = En attente
export-status-running = En préparation
export-status-ready = Prêt
export-status-failed = Échec — préparez-en un nouveau
export-status-expired = Lien expiré
notify-export-ready = Votre export de données est prêt. Téléchargez-le depuis la page de consommation dans les { $hours } heures.
error-410-title = Ce lien a expiré
error-410-body = Ce vers quoi menait ce lien n’est plus là : les liens de téléchargement ne sont valables qu’un temps. Demandez-en un nouveau.

admin-api = API
api-intro = Reliez votre CRM et vos automatisations à ce portail par son API à l’adresse { $url } avec un jeton, envoyé ainsi : Authorization: Bearer ptk_…. Un jeton agit pour tout le programme comme un membre de l’équipe du fournisseur ; créez-en un par intégration et révoquez celui qui aurait fuité.
api-tokens = Jetons
api-tokens-empty = Aucun jeton pour l’instant.
api-token-made = Votre nouveau jeton
api-token-once = Copiez-le maintenant : il n’est affiché que cette fois et ne pourra plus être relu.
api-token-name = Nom
api-token-name-hint = À quoi il sert, par exemple « synchronisation CRM ».
api-token-scope = Accès
api-token-scope-hint = Lecture seule liste et lit ; lecture et écriture enregistre et décide aussi les affaires et gère partenaires et utilisateurs.
api-scope-read = Lecture seule
api-scope-write = Lecture et écriture
api-token-scope-invalid = Choisissez lecture seule ou lecture et écriture.
api-token-hint = Jeton
api-token-created = Créé le
api-token-expires = Expire le
api-token-expires-hint = Facultatif : le jeton cesse de fonctionner ce jour-là. Laissez vide pour le garder jusqu’à sa révocation.
api-token-expires-invalid = Choisissez un jour après aujourd’hui et dans les trois ans, ou laissez vide.
api-token-no-expiry = Jamais
api-token-last-used = Dernière utilisation
api-token-never = Pas encore utilisé
api-token-revoke = Révoquer
api-token-revoked = Révoqué
api-token-expired = Expiré
api-token-revoked-done = Le jeton est révoqué : les requêtes qui l’utilisent sont désormais refusées.
api-token-create = Créer le jeton
api-token-new = Nouveau jeton

## Webhooks (Administration → Webhooks)
admin-webhooks = Webhooks
webhooks-intro = Portico envoie chaque événement à vos points de terminaison en JSON dès qu’il se produit, signé comme le prévoit la spécification Standard Webhooks, et renvoie ce qui n’est pas acquitté pendant trois jours au plus.
webhooks-empty = Aucun point de terminaison pour l’instant.
webhook-url = URL du point de terminaison
webhook-url-hint = Une adresse https publique. Elle est vérifiée de nouveau avant chaque envoi.
webhook-description = Description
webhook-events = Événements
webhook-events-hint = Les événements que reçoit ce point de terminaison.
webhook-enabled = Actif : envoyer les événements à ce point de terminaison
webhook-add = Ajouter un point de terminaison
webhook-add-submit = Ajouter le point de terminaison
webhook-created = Le point de terminaison est ajouté. Sa clé de signature figure ci-dessous.
webhook-url-invalid = Saisissez une adresse complète, par exemple https://crm.example.com/hooks.
webhook-url-refused = Cette adresse ne peut pas recevoir de webhooks : utilisez une adresse https publique.
webhook-events-required = Choisissez au moins un événement.
webhook-status-on = Actif
webhook-status-off = Inactif
webhook-status-gone = Inactif : le point de terminaison a répondu 410 Gone
webhook-status-failing = Inactif : les envois ont échoué pendant cinq jours
webhook-failing-since = En échec depuis le { $date }
webhook-open = Ouvrir
webhook-events-count = { $count ->
    [one] 1 événement
   *[other] { $n } événements
}
webhook-back = Tous les points de terminaison
webhook-secret = Clé de signature
webhook-secret-show = Afficher la clé de signature
webhook-secret-hint = Vérifiez avec elle l’en-tête webhook-signature de chaque envoi ; toute bibliothèque Standard Webhooks le fait pour vous.
webhook-secret-unreadable = Ce serveur ne peut pas lire la clé du point de terminaison (elle a été créée sur un autre serveur) : renouvelez-la.
webhook-secret-overlap = Jusqu’au { $date }, l’ancienne clé signe aussi, pour que votre récepteur change de clé sans manquer un envoi.
webhook-rotate = Renouveler la clé
webhook-rotated = Une nouvelle clé est créée. Pendant les 24 prochaines heures, l’ancienne signe aussi.
webhook-test = Envoyer un événement de test
webhook-test-hint = Un message webhook.test part vers ce seul point de terminaison et apparaît dans le journal ci-dessous.
webhook-test-off = Activez le point de terminaison pour envoyer un événement de test.
webhook-test-queued = Un événement de test est en route ; il apparaît dans le journal ci-dessous.
webhook-test-message = Ceci est un message de test de votre portail partenaires.
webhook-edit = Réglages
webhook-deliveries = Envois
webhook-deliveries-empty = Rien n’a encore été envoyé à ce point de terminaison.
webhook-delivery-time = Heure
webhook-delivery-event = Événement
webhook-delivery-attempts = Tentatives
webhook-delivery-code = Réponse
webhook-delivery-latency = Durée
webhook-delivery-response = Contenu de la réponse
webhook-delivery-next = Prochaine tentative
webhook-delivery-pending = En attente
webhook-delivery-succeeded = Livré
webhook-delivery-failed = Échoué
webhook-latency = { $ms } ms
webhook-replay = Renvoyer
webhook-replayed = Envois repartis : { $n }.
webhook-replay-since = Renvoyer les envois échoués depuis
webhook-replay-since-hint = Chaque envoi échoué créé à partir de cette heure (UTC) repart, avec le même webhook-id.
webhook-replay-since-submit = Renvoyer les échecs
webhook-replay-since-invalid = Saisissez une date et une heure.
webhook-older = Envois plus anciens
webhook-delete = Supprimer le point de terminaison
webhook-deleted = Le point de terminaison est supprimé.
webhook-disabled-subject = Point de terminaison webhook désactivé : { $url }
webhook-disabled-gone = Le point de terminaison { $url } a répondu 410 Gone ; le portail l’a donc désactivé.
webhook-disabled-failing = Tous les envois vers { $url } échouent depuis cinq jours ; le portail l’a donc désactivé.
webhook-disabled-kept = Aucun événement n’est perdu : ce qui attend est livré dès que vous réactivez le point de terminaison, et les envois échoués peuvent être renvoyés depuis sa page.
webhook-disabled-open = Ouvrir le point de terminaison
webhook-event-deal-submitted = une affaire a été soumise pour examen
webhook-event-deal-approved = une affaire a été approuvée
webhook-event-deal-rejected = une affaire a été refusée
webhook-event-deal-info-requested = des informations ont été demandées sur une affaire
webhook-event-deal-won = une affaire a été gagnée
webhook-event-deal-lost = une affaire a été perdue
webhook-event-deal-expired = la protection d’une affaire a expiré
webhook-event-partner-created = une organisation partenaire a été ajoutée
webhook-event-partner-updated = une organisation partenaire a changé
webhook-event-partner-suspended = une organisation partenaire a été suspendue
webhook-event-application-received = une entreprise a demandé à devenir partenaire
webhook-event-user-invited = quelqu’un a été invité
webhook-event-campaign-started = une campagne a commencé
webhook-event-campaign-activated = un partenaire a activé une campagne

## The API and webhook reference (/api/reference)
api-reference = Référence de l’API et des webhooks
api-reference-intro = Chaque appel de l’API de ce portail et chaque événement qu’il envoie, tels que les décrit son document OpenAPI.
api-reference-document = Le document OpenAPI
api-reference-auth = Les appels demandent un jeton créé sous Administration → API, envoyé comme Authorization: Bearer ptk_…. Les montants sont des entiers en plus petite unité avec une devise ISO 4217 ; les heures sont en RFC 3339 UTC ; les erreurs sont en application/problem+json.
api-reference-calls = Appels
api-reference-parameters = Paramètres
api-reference-body = Corps
api-reference-responses = Réponses
api-reference-field = Champ
api-reference-type = Type
api-reference-required = Obligatoire
api-reference-yes = oui
api-reference-in = Dans
api-reference-description = Description
api-reference-status = Statut
api-reference-webhooks = Webhooks
api-reference-webhooks-intro = Chaque événement est envoyé en JSON avec type, timestamp et data, et les en-têtes webhook-id, webhook-timestamp et webhook-signature. Vérifiez la signature avec la clé du point de terminaison et répondez 2xx en moins de 15 secondes. Les autres réponses sont renvoyées aussitôt, puis après 5 secondes, 5 minutes, 30 minutes, 2, 5, 10, 14 et 20 heures et un jour ; 410 désactive le point de terminaison.
api-reference-objects = Objets

## Formation : cours rédigés par les éditeurs (/admin/courses)
nav-training = Formation
breadcrumbs = Fil d’Ariane
form-number-range = Saisissez un nombre entier compris entre { $min } et { $max }.
upload-choose-file = Choisissez un fichier à déposer.
courses-title = Cours
courses-intro = Les cours que suivent les partenaires pour découvrir vos produits. Rédigez chaque texte dans toutes les langues que vous proposez ; les partenaires dont la langue manque voient votre langue par défaut.
courses-add = Ajouter un cours
courses-add-submit = Ajouter le cours
courses-empty = Aucun cours pour l’instant. Ajoutez-en un pour commencer à former vos partenaires.
course-title = Titre
course-summary = Résumé
course-summary-hint = Une ou deux phrases que les partenaires voient dans le catalogue.
course-status = Statut
course-status-hint = Les partenaires voient un cours dès qu’il est publié. Un cours archivé n’est plus proposé ; ses certificats restent valides.
course-status-draft = Brouillon
course-status-published = Publié
course-status-archived = Archivé
course-lessons = Leçons
course-questions = Questions
course-languages = Langues
course-all-languages = Complet
course-missing-in = Manquant : { $language }
course-locale-hint = La langue dans laquelle vous rédigez ce premier texte. Ajoutez les autres sur la page du cours.
course-starts-as-draft = Un nouveau cours est d’abord un brouillon : les partenaires le voient une fois que vous l’avez publié.
course-duration = Durée estimée (minutes)
course-duration-hint = Facultatif. La durée du cours, telle que les partenaires la voient.
course-validity = Validité du certificat (mois)
course-validity-hint = Vide : le certificat n’expire jamais.
course-validity-none = N’expire jamais
course-pass-mark = Seuil de réussite (%)
course-pass-mark-hint = La proportion de bonnes réponses au quiz nécessaire pour réussir.
course-attempts = Tentatives autorisées
course-attempts-hint = Vide : illimité.
course-shuffle = Mélanger les questions à chaque tentative
course-reveal = Afficher les bonnes réponses après chaque tentative
course-reveal-hint = Sinon, les partenaires apprennent seulement quelles questions étaient fausses, jusqu’à ce qu’ils réussissent ou n’aient plus de tentative.
course-tiers = Niveaux qui le voient
course-tiers-hint = Aucun coché : tous les niveaux.
course-created = Le cours a été ajouté comme brouillon.
course-texts-in = Textes ({ $language })
course-settings = Réglages
course-cover = Image de couverture
course-cover-alt = L’image de couverture du cours
course-no-cover = Pas encore d’image de couverture.
course-cover-file = Image
course-cover-hint = PNG, JPEG ou WebP, { $size } maximum.
course-cover-upload = Déposer l’image de couverture
course-cover-saved = L’image de couverture a été enregistrée.
course-preview-as = Aperçu en tant que partenaire
course-preview-tier = Niveau du partenaire
course-preview-open = Afficher l’aperçu
course-preview-visible = Les partenaires du niveau { $tier } voient ce cours.
course-preview-hidden = Les partenaires du niveau { $tier } ne voient pas ce cours : il n’est pas publié, ou pas destiné à leur niveau.
course-problems = Avant de pouvoir publier ce cours :
course-problem-default-text = Donnez-lui un titre dans la langue par défaut du portail ({ $language }).
course-problem-no-lessons = Ajoutez au moins une leçon.
course-problem-few-options = La question { $number } doit avoir au moins deux options.
course-problem-no-right-option = La question { $number } n’a aucune option correcte.
course-problem-several-right = La question { $number } n’accepte qu’une réponse mais a plusieurs options correctes.
course-cannot-publish = Ce cours ne peut pas encore être publié ; voyez ci-dessus ce qui lui manque.
course-published-told = Le cours est publié. Utilisateurs partenaires prévenus : { $count }.
course-no-lessons = Aucune leçon pour l’instant.
course-move-up = Monter
course-move-down = Descendre
course-move-up-label = Monter « { $title } »
course-move-down-label = Descendre « { $title } »
course-remove = Supprimer
course-remove-label = Supprimer « { $title } »
course-quiz = Quiz
course-quiz-intro = Les partenaires passent le quiz après la dernière leçon. Sans questions, il suffit de terminer les leçons pour achever le cours.
course-no-questions = Aucune question : le cours n’a pas de quiz.
course-lesson-count = { $count ->
    [one] une leçon
   *[other] { $n } leçons
}
course-question-count = { $count ->
    [one] une question
   *[other] { $n } questions
}
course-minutes = { $count ->
    [one] une minute
   *[other] { $n } minutes
}
course-months = { $count ->
    [one] un mois
   *[other] { $n } mois
}

## Leçons
lesson-add = Ajouter une leçon
lesson-add-submit = Ajouter la leçon
lesson-added = La leçon a été ajoutée. Rédigez son texte ici.
lesson-title = Titre
lesson-untitled = Leçon sans titre
lesson-body = Texte (Markdown)
lesson-body-hint = Markdown : # titres, **gras**, *italique*, - listes, [liens](https://…), tableaux. Images issues des fichiers de cette leçon ou d’adresses https.
lesson-video = Lien vers la vidéo
lesson-video-hint = Facultatif, en https. Les vidéos YouTube et Vimeo sont lues dans la page ; les autres adresses s’affichent sous forme de lien.
form-invalid-https = Saisissez une adresse https, par exemple https://www.youtube.com/watch?v=…
lesson-preview-button = Afficher l’aperçu
lesson-live-preview = Aperçu
lesson-live-preview-hint = Ce que verront les partenaires, mis à jour pendant la saisie.
lesson-files = Fichiers
lesson-files-hint = Des PDF et des images que les partenaires peuvent ouvrir. Pour afficher une image dans le texte, copiez sa ligne dans le texte.
lesson-no-files = Pas encore de fichier.
lesson-file = Fichier
lesson-file-hint = PDF, PNG, JPEG ou WebP, { $size } maximum.
lesson-file-upload = Déposer le fichier
lesson-file-use = Dans le texte :
lesson-file-added = Le fichier a été ajouté.
lesson-file-removed = Le fichier a été supprimé.
lesson-moved = La leçon a été déplacée.
lesson-last-of-published = Un cours publié garde au moins une leçon. Ajoutez d’abord une autre leçon, ou archivez le cours.
lesson-removed = La leçon a été supprimée.
lesson-video-frame = Vidéo : { $title }
lesson-watch-video = Regarder la vidéo
lesson-position = Leçon { $number } sur { $total }
lesson-pager = Leçons
lesson-done-next = Terminé — leçon suivante
lesson-done-quiz = Terminé — passer au quiz
lesson-done-finish = Terminé — achever le cours

## Quiz
quiz-add-question = Ajouter une question
quiz-question-number = Question { $number }
quiz-prompt = Question
quiz-multiple = Plusieurs réponses peuvent être correctes
quiz-options = Options
quiz-options-hint = Cochez chaque option correcte. Laissez une nouvelle ligne vide pour l’ignorer.
quiz-new-option = Nouvelle option
quiz-option-number = Option { $number }
quiz-option-original = Dans la langue par défaut : { $text }
quiz-option-right = Bonne réponse
quiz-option-remove = Supprimer cette option
quiz-explanation = Explication
quiz-explanation-hint = Facultatif. Affichée avec le résultat lorsque les bonnes réponses sont montrées.
quiz-option-needs-text = Chaque option doit avoir un texte dans cette langue.
quiz-two-options = Une question doit avoir au moins deux options.
quiz-tick-right = Cochez l’option correcte.
quiz-one-right = Une seule option peut être correcte. Cochez « Plusieurs réponses peuvent être correctes » pour en autoriser davantage.
quiz-question-added = La question a été ajoutée.
quiz-question-moved = La question a été déplacée.
quiz-question-removed = La question a été supprimée.
quiz-kind-single = une réponse
quiz-kind-multiple = plusieurs réponses
quiz-title = Quiz
quiz-pass-mark-line = Seuil de réussite : { $percent } %
quiz-pick-one = Choisissez une réponse.
quiz-pick-several = Choisissez toutes les bonnes réponses.
quiz-submit = Envoyer mes réponses
quiz-start = Commencer le quiz
quiz-continue = Continuer le quiz
quiz-retake = Réessayer
quiz-back-to-course = Retour au cours
quiz-see-certificate = Voir mon certificat
quiz-attempts-left = Tentatives utilisées : { $used }. Tentatives restantes : { $left }.
quiz-attempts-unlimited = Tentatives utilisées : { $used }. Sans limite.
quiz-passed-state = Réussi
quiz-result-title = Votre résultat
quiz-passed = Vous avez réussi.
quiz-failed = Vous n’avez pas réussi cette fois-ci.
quiz-score = Vous avez obtenu { $score } % ; le seuil de réussite est de { $mark } %.
quiz-right-of = { $right } questions justes sur { $total }.
quiz-right = Juste
quiz-wrong = Faux
quiz-your-answer = votre réponse
quiz-right-answer = bonne réponse
quiz-answers-hidden = Les bonnes réponses s’affichent une fois que vous avez réussi ou que vous n’avez plus de tentative.
quiz-answer-this = Répondez à cette question.
quiz-one-answer-only = Ne choisissez qu’une seule réponse ici.
quiz-passed-flash = Bravo : vous avez réussi le quiz.
quiz-failed-flash = Pas réussi cette fois-ci. Voyez quelles questions étaient fausses.
quiz-refused-lessons-first = Terminez toutes les leçons pour passer le quiz.
quiz-refused-passed = Vous avez déjà réussi ce quiz. Renouvelez le cours pour le repasser.
quiz-refused-no-attempts = Vous n’avez plus de tentative pour ce quiz. Demandez de l’aide à votre contact chez le fournisseur.
quiz-refused-already-submitted = Cette tentative a déjà été envoyée ; ce sont vos premières réponses qui comptent.
quiz-refused-forged = Ces réponses n’appartiennent pas à ce quiz. Rien n’a été enregistré.
quiz-refused-unanswered = { $count ->
    [one] Une question n’a pas encore de réponse.
   *[other] { $n } questions n’ont pas encore de réponse.
}
quiz-refused-several = Une question qui n’accepte qu’une réponse en a plusieurs.

## Suivre les cours (/training)
training-title = Formation
training-intro = Les cours destinés à votre niveau. Terminez un cours (et son quiz) pour obtenir un certificat que chacun peut vérifier.
training-search = Rechercher des cours
training-filter-status = Où vous en êtes
training-filter-any = Tous
training-filter-apply = Afficher
training-filter-clear = Effacer les filtres
training-empty = Aucun cours pour votre niveau pour l’instant.
training-none-match = Aucun cours ne correspond à ces filtres.
training-progress = Progression
training-percent = { $percent } %
training-enrol = Commencer ce cours
training-enrolled = Votre inscription est enregistrée. Voici la première leçon.
training-enrol-first = Commencez d’abord le cours.
training-start = Ouvrir la première leçon
training-resume = Reprendre là où vous en étiez
training-lesson-done = Leçon terminée.
training-lessons-done = Toutes les leçons sont terminées.
training-lesson-done-badge = Terminée
training-certified = Félicitations : vous avez terminé le cours. Voici votre certificat.
training-certificate-after = Terminez le cours pour obtenir son certificat.
training-renew = Renouveler mon certificat
training-renew-hint = Suivez à nouveau le cours (son quiz, ou ses leçons s’il n’en a pas) pour renouveler votre certificat avant ou après son expiration.
training-renewal-open = Renouvellement commencé : terminez à nouveau le cours pour recevoir le certificat renouvelé.
training-renewal-started = Renouvellement commencé. Terminez à nouveau le cours pour renouveler votre certificat.
training-renew-nothing = Il n’existe pas encore de certificat de ce cours à renouveler.
training-my-certificates = Mes certificats
training-no-certificates = Pas encore de certificat.
learner-status-not_started = Pas commencé
learner-status-in_progress = En cours
learner-status-completed = Terminé
learner-status-certified = Certifié
learner-status-expiring = Expire bientôt

## Certificats
cert-title = Certificat
cert-heading = Certificat de réussite
cert-certifies = Nous certifions que
cert-completed = a suivi avec succès le cours
cert-issued = Délivré le
cert-expires = Expire le
cert-status = Statut
cert-never-expires = N’expire pas
cert-issued-on = Délivré le { $date }
cert-expires-on = expire le { $date }
cert-status-active = Valide
cert-status-expiring = Expire bientôt
cert-status-expired = Expiré
cert-status-renewed = Renouvelé
cert-status-revoked = Révoqué
cert-banner-expiring = Ce certificat expire dans moins de 30 jours. Renouvelez-le en suivant à nouveau le cours.
cert-banner-expired = Ce certificat a expiré.
cert-banner-renewed = Ce certificat a été renouvelé ; un certificat plus récent le remplace.
cert-banner-revoked = Ce certificat a été révoqué.
cert-banner-active = Ce certificat est valide.
cert-revoked-reason = Motif : { $reason }
cert-verify-at = Vérifiez ce certificat à l’adresse
cert-qr-label = QR code de l’adresse de vérification
cert-print = Imprimer
cert-print-hint = S’imprime sur une seule page, A4 ou Letter, sans les menus du portail.
cert-download-credential = Télécharger l’attestation numérique
cert-credential-hint = Une attestation Open Badges 3.0 signée par ce portail : ajoutez-la à un portefeuille numérique ou partagez-la ; chacun peut vérifier sa signature et savoir si elle a été révoquée.
cert-open-verification = Ouvrir la page de vérification
cert-renews = Ce certificat renouvelle le précédent :
cert-renewed-by = Renouvelé par le suivant :
cert-revoke-title = Révoquer ce certificat
cert-revoke-reason = Motif
cert-revoke-hint = Affiché au titulaire et sur le certificat. La révocation est irréversible ; le titulaire peut en obtenir un nouveau.
cert-revoke = Révoquer le certificat
cert-revoked-flash = Le certificat a été révoqué.
cert-already-revoked = Ce certificat a déjà été révoqué.
credential-criteria-quiz = A terminé toutes les leçons du cours et réussi son quiz avec au moins { $mark } %.
credential-criteria-lessons = A terminé toutes les leçons du cours.
credential-description = A terminé le cours { $course }.
verify-title = Vérification de certificat
verify-valid = Ce certificat est valide.
verify-holder = Titulaire
verify-organisation = Organisation
verify-course = Cours
verify-vendor = Délivré par
verify-explainer = Cette page est l’adresse propre du certificat ; elle n’affiche que ce que dit le certificat et s’il est toujours valable.

## Rapports de formation (/training/reports)
reports-title = Rapports de formation
reports-intro-staff = Qui a suivi quel cours, et où en est chacun, dans toutes les organisations partenaires.
reports-intro-partner = Qui, dans votre organisation, a suivi quel cours, et où en est chacun.
reports-own-organisation = Rapports de formation de votre organisation
reports-views = Vues du rapport
reports-by-course = Par cours
reports-by-organisation = Par organisation
reports-by-person = Par personne
reports-csv = Télécharger en CSV
reports-empty = Rien à afficher pour ces filtres.
report-course = Cours
report-organisation = Organisation
report-person = Personne
report-email = E-mail
report-status = Statut
report-progress = Progression
report-enrolled = Inscrit le
report-search = Nom ou e-mail de la personne
report-status-in_progress = En cours
report-status-completed = Terminé
report-status-certified = Certifié
report-status-expiring = Expire bientôt
report-status-expired = Expiré

## Exigences de certification (/admin/certification, /organisation)
certification-title = Certification
certification-intro = Ce que chaque niveau exige de ses organisations partenaires : un nombre de personnes titulaires du certificat d’un cours. Les organisations dont les certificats arrivent à échéance sont signalées comme à risque.
certification-at-risk = Organisations à risque
certification-none-at-risk = Chaque organisation remplit les exigences de son niveau.
certification-tier = Niveau
certification-holders-of = { $holders } sur { $needed }
certification-requirements = Exigences par niveau
certification-tier-none = Aucune exigence.
certification-requirement-line = { $people } × certifié pour { $course }
certification-no-courses = Ajoutez d’abord un cours.
certification-add = Ajouter ou modifier une exigence
certification-add-submit = Enregistrer l’exigence
certification-people = Personnes nécessaires
certification-people-hint = Combien de personnes de chaque organisation doivent détenir le certificat.
certification-settings = Délais de grâce et vérification
certification-grace = Délai de grâce pour { $tier } (jours)
certification-grace-hint = Une organisation est à risque lorsqu’un certificat nécessaire expire dans ce nombre de jours.
certification-show-organisation = Les pages de vérification indiquent l’organisation du titulaire
certification-show-organisation-hint = Désactivé : elles n’affichent que le titulaire, le cours, le fournisseur, les dates et le statut.
requirement-saved = L’exigence a été enregistrée.
requirement-removed = L’exigence a été supprimée.
compliance-met = Remplie
compliance-at_risk = À risque
compliance-unmet = Non remplie
org-certification = Certification exigée par votre niveau
org-certification-intro = Gardez assez de personnes certifiées pour conserver votre niveau. Des certificats qui expirent bientôt le mettent en danger.
org-certification-needed = Personnes nécessaires
org-certification-holders = Certifiées actuellement
org-certification-expires = Un certificat expire le { $date }

## Notifications (dans le portail et par e-mail)
notify-course-published = Un nouveau cours est disponible : { $title }
notify-certificate-expiring = Votre certificat pour { $course } expire le { $date }. Suivez à nouveau le cours pour le renouveler.
notify-certificate-expired = Votre certificat pour { $course } a expiré le { $date }. Suivez à nouveau le cours pour le renouveler.

## Accueil (tableau de bord de chaque rôle)
home-fallback-welcome-no-campaigns = Ceci est le portail partenaires de { $vendor }. Les partenaires y enregistrent leurs opportunités et suivent des formations.
dash-title = Accueil
dash-greeting = Bienvenue, { $name }
dash-needs-action = Opportunités qui attendent votre action
dash-needs-action-none = Rien ne vous attend pour le moment. Les opportunités que votre fournisseur vous renvoie apparaissent ici.
dash-open-deals = { $count ->
    [one] une opportunité ouverte
   *[other] { $n } opportunités ouvertes
}
dash-protections-ending = Protections bientôt échues
dash-protections-none = Aucune protection ne prend fin dans les 30 prochains jours.
dash-protected-until = protégée jusqu’au { $date }
dash-recent-decisions = Décisions récentes
dash-decisions-none = Aucune décision pour le moment.
dash-standing = Votre situation
dash-won-this-year = Gagnées cette année
dash-won-deals = { $count ->
    [one] une opportunité
   *[other] { $n } opportunités
}
dash-certified-people = Personnes certifiées
dash-requirement = { $course } : { $holders }
dash-next-tier = Pour atteindre le niveau { $tier }
dash-next-tier-ask = Votre responsable de canal peut vous indiquer ce qu’il faut pour passer au niveau supérieur.
dash-training-none = Aucun cours entamé et aucun certificat sur le point d’expirer.
dash-expiring-certificates = Certificats bientôt expirés
dash-to-training = Parcourir le catalogue de formation
dash-all-notifications = Toutes les notifications
dash-people = Votre équipe
dash-active-people = { $count ->
    [one] une personne active
   *[other] { $n } personnes actives
}
dash-invited = Invités, pas encore connectés
dash-figures = Votre programme aujourd’hui
dash-queue = Opportunités en attente d’examen
dash-oldest = la plus ancienne attend { $age }
dash-days-ago = { $count ->
    [0] depuis aujourd’hui
    [one] depuis un jour
   *[other] depuis { $n } jours
}
dash-conflicts = Conflits possibles
dash-applications = Candidatures de partenaires
dash-protections-soon = Protections prenant fin sous 30 jours
dash-pipeline = Pipeline du trimestre
dash-since = Opportunités enregistrées depuis le { $date }
dash-pipeline-none = Aucune opportunité enregistrée ce trimestre pour l’instant.
dash-your-content = Vos contenus
dash-missing-texts = Traduction manquante
dash-enrolled-month = Inscriptions ce mois-ci
dash-certified-month = Certificats ce mois-ci
dash-assets-published = Publiées
dash-assets-draft = Brouillons
setup-title = Configurer votre portail
setup-all-done = Tout est configuré. Vos partenaires ont tout ce qu’il leur faut.
setup-progress = Étapes terminées : { $done } sur { $total }
setup-done = Terminé
setup-to-do = À faire
setup-branding = Ajouter votre logo et vos couleurs
setup-branding-hint = Les partenaires voient votre marque sur chaque page et dans chaque e-mail.
setup-languages = Choisir vos langues
setup-languages-hint = Proposez le portail dans les langues que parlent vos partenaires.
setup-products = Ajouter vos produits
setup-products-hint = Les partenaires les choisissent lorsqu’ils enregistrent une opportunité.
setup-tiers = Vérifier vos niveaux de partenariat
setup-tiers-hint = Les niveaux déterminent les durées de protection, les remises et ce que voient les partenaires.
setup-sign-in = Connecter votre fournisseur d’identité
setup-sign-in-hint = Permettez à vos collaborateurs et à vos partenaires de se connecter avec leur propre fournisseur d’identité.
setup-team = Inviter votre équipe
setup-team-hint = Les responsables de canal examinent les opportunités ; les rédacteurs de contenu créent les cours et les campagnes.
setup-first-partner = Inviter votre premier partenaire
setup-first-partner-hint = Invitez une organisation partenaire ou approuvez une candidature.

## Devise de reporting et taux de change
money-converted = { $value } (converti)
analytics-unvalued = { $count ->
    [one] une opportunité sans taux
   *[other] { $n } opportunités sans taux
}
analytics-range = Période
analytics-all-time = Afficher toute la période
analytics-total-value = Valeur : { $value }.
analytics-converted-at = Valeurs en { $currency }, converties selon vos taux de change (le plus ancien datant du { $date }).
analytics-in-currency = Valeurs en { $currency }.
analytics-value = Valeur ({ $currency }, convertie)
dash-of = { $have } sur { $need }
dash-needs-won-value = Valeur gagnée cette année : { $progress }
dash-needs-won-deals = Opportunités gagnées cette année : { $progress }
dash-won-deals-label = Opportunités gagnées cette année
tiers-min-won-value = Valeur gagnée par an requise ({ $currency })
tiers-min-won-deals = Opportunités gagnées par an requises
tiers-invalid-amount = Veuillez saisir un montant en { $currency }, par exemple 25000 ou 25 000,50.
tiers-currency-hint = Les montants sont exprimés en { $currency }, votre devise de reporting : les opportunités dans d’autres devises sont comparées selon vos taux de change.
currency-title = Devises et taux
currency-intro = Les opportunités conservent la devise dans laquelle elles ont été enregistrées. Les chiffres portant sur l’ensemble des opportunités — tri par valeur, filtres de valeur, analyses, seuils des niveaux et situation des partenaires — sont exprimés dans une devise de reporting unique, convertis selon les taux que vous tenez à jour ici.
currency-reporting = Devise de reporting
currency-reporting-hint = Si vous la modifiez, vos taux sont recalculés via la devise de reporting actuelle lorsque la nouvelle devise a un taux ; sinon, les taux sont effacés.
currency-reporting-save = Modifier la devise de reporting
currency-invalid = Choisissez l’une des devises de la liste.
currency-rates = Taux de change
currency-rates-hint = Pour chaque devise : la valeur d’une unité en { $reporting } et la date du taux. Laissez un taux vide pour le supprimer.
currency-unconverted = { $count ->
    [one] Une opportunité est libellée dans une devise sans taux : elle est comptée dans les chiffres portant sur l’ensemble des opportunités, mais n’est pas valorisée.
   *[other] { $n } opportunités sont libellées dans des devises sans taux : elles sont comptées dans les chiffres portant sur l’ensemble des opportunités, mais ne sont pas valorisées.
}
currency-currency = Devise
currency-rate = Taux
currency-as-of = Date du taux
currency-as-of-of = Date du taux pour { $currency }
currency-one-unit = 1 { $currency } en { $reporting }
currency-deals = { $count ->
    [one] une opportunité
   *[other] { $n } opportunités
}
currency-rate-invalid = Veuillez saisir le taux pour { $currency } sous la forme d’un nombre supérieur à 0, par exemple 1,0842.
currency-date-invalid = Veuillez saisir la date du taux pour { $currency } : aujourd’hui ou une date antérieure.
currency-rates-save = Enregistrer les taux
