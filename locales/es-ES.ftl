# Portico — Español (España), configuración regional es-ES. Traducción de en-US.ftl:
# los mismos identificadores de mensaje con las mismas variables.

## Diseño
skip-to-content = Saltar al contenido principal
nav-main-label = Navegación principal
nav-home = Inicio
language-switcher-label = Idioma
language-switcher-submit = Cambiar idioma
language-current = { $language } (idioma actual)
footer-powered-by = Con la tecnología de Portico
footer-links-label = Enlaces útiles
flash-dismiss = Cerrar mensaje
flash-language-changed = Idioma del portal actualizado: { $language }.

## Nombres de idioma, cada uno escrito en su propio idioma
language-name-en-US = English
language-name-de-DE = Deutsch
language-name-fr-FR = Français
language-name-es-ES = Español
language-name-ja-JP = 日本語

## Página de inicio del inquilino
home-title = Le damos la bienvenida a { $portal }
home-fallback-welcome = Este es el portal de partners de { $vendor }. Aquí los partners registran oportunidades, realizan formaciones y gestionan campañas de marca compartida.
home-updated = Información del programa actualizada el { $date }.

## Host de la plataforma
platform-title = Portico
platform-heading = Portales de partners para cada proveedor
platform-lead = Esta dirección aloja el propio Portico. El portal de partners de cada proveedor tiene su propia dirección, por ejemplo, { $example }.
platform-operators = Los operadores de la plataforma gestionan los portales desde la línea de comandos, por ejemplo, con «portico tenant list».

## Páginas de error
error-400-title = Solicitud incorrecta
error-400-body = No se ha podido interpretar la solicitud. Compruebe la dirección e inténtelo de nuevo.
error-403-title = Acceso denegado
error-403-body = No tiene permiso para abrir esta página.
error-404-title = Página no encontrada
error-404-body = No hay ninguna página en esta dirección. Es posible que se haya movido o que el enlace contenga un error.
error-404-host-body = No hay ningún portal de partners configurado en esta dirección. Compruebe la dirección que se le ha facilitado.
error-405-title = Acción no permitida
error-405-body = Esta página no admite este tipo de solicitud.
error-413-title = Solicitud demasiado grande
error-413-body = Lo que ha enviado supera el tamaño que admite este portal. Redúzcalo e inténtelo de nuevo.
error-500-title = Se ha producido un error
error-500-body = Un error inesperado ha impedido mostrar esta página. El problema se ha registrado; vuelva a intentarlo dentro de unos instantes.
error-503-title = No disponible temporalmente
error-503-body = El portal no puede responder en este momento. Vuelva a intentarlo dentro de unos instantes.
error-reference = Referencia { $reference }, { $time }
error-back-home = Ir a la página de inicio
suspended-title = Este portal está suspendido
suspended-body = El portal de partners de { $portal } no está disponible en este momento. Póngase en contacto con el proveedor para obtener más información.

## Roles
role-vendor_admin = Administrador del proveedor
role-channel_manager = Responsable de canal
role-marketing_editor = Editor de marketing
role-partner_admin = Administrador del partner
role-partner_user = Usuario del partner

## Correo electrónico
mail-greeting = Hola, { $name }:
mail-footer = Enviado por { $portal } · { $url }
mail-invitation-subject = Invitación para unirse a { $portal }
mail-invitation-body = Ha recibido una invitación para unirse a { $portal } con el rol «{ $role }». Acepte la invitación para elegir su contraseña e iniciar sesión.
mail-invitation-action = Aceptar la invitación
mail-invitation-expiry = Este enlace solo se puede usar una vez y caduca el { $date }.
mail-invitation-ignore = Si no esperaba esta invitación, puede ignorar este correo electrónico.

## Buzón de desarrollo (se muestra cuando no hay ningún servidor SMTP configurado)
dev-mailbox-title = Buzón de desarrollo
dev-mailbox-intro = No hay ningún servidor SMTP configurado, por lo que Portico guarda cada correo electrónico en { $path }. Los mensajes más recientes aparecen primero.
dev-mailbox-empty = Todavía no se ha guardado ningún correo electrónico.
dev-mailbox-date = Fecha
dev-mailbox-to = Para
dev-mailbox-from = De
dev-mailbox-subject = Asunto
dev-mailbox-message-id = Message-ID
dev-mailbox-text-part = Parte de texto
dev-mailbox-html-part = Parte HTML
dev-mailbox-back = Todos los mensajes
nav-mailbox = Buzón
