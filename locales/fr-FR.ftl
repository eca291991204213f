# Portico — Français (France), paramètres régionaux fr-FR. Traduction de en-US.ftl :
# mêmes identifiants de messages, mêmes variables.

## Mise en page
skip-to-content = Aller au contenu principal
nav-main-label = Navigation principale
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
