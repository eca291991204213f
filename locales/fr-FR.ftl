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
