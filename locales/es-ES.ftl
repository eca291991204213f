# Portico — Español (España), configuración regional es-ES. Traducción de en-US.ftl:
# los mismos identificadores de mensaje con las mismas variables.

## Diseño
skip-to-content = Saltar al contenido principal
nav-main-label = Navegación principal
nav-menu = Menú
nav-marketing = Marketing
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
removed-title = Este portal se ha eliminado
removed-body = El portal de partners de { $portal } se ha eliminado. Póngase en contacto con el proveedor para obtener más información.

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

## Navegación para usuarios con sesión iniciada
nav-admin = Administración
nav-organisation = Mi organización
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión

## Formularios
form-required = Rellene este campo.
form-too-long = Utilice como máximo { $max } caracteres.
form-invalid-characters = Este campo contiene caracteres no permitidos.
form-invalid-email = Introduzca una dirección de correo electrónico como name@example.com.
form-invalid-choice = Elija una de las opciones disponibles.
form-saved = Sus cambios se han guardado.
form-error-summary = { $count ->
    [one] Corrija un campo
   *[other] Corrija { $n } campos
}
field-email = Dirección de correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-password-confirm = Repita la nueva contraseña
field-name = Nombre

## Inicio de sesión
sign-in-heading = Iniciar sesión
sign-in-continue = Continuar
sign-in-submit = Iniciar sesión
sign-in-email-first = Introduzca su dirección de correo electrónico profesional. Si su empresa inicia sesión a través de su propio proveedor de identidad, le redirigiremos allí.
sign-in-other-address = Usar otra dirección
sign-in-with-provider = O inicie sesión con la cuenta de su organización:
sign-in-wrong-credentials = La dirección de correo electrónico o la contraseña no son correctas.
sign-in-organisation-suspended = El acceso de su organización a { $portal } está suspendido, por lo que nadie de ella puede iniciar sesión. Consulte a su contacto en el fabricante.
sign-in-throttled = Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minutos.
sign-in-sso-failed = No se ha podido iniciar sesión a través del proveedor de identidad de su organización. Vuelva a intentarlo o póngase en contacto con su administrador.
flash-signed-out = Se ha cerrado su sesión.
flash-welcome = ¡Le damos la bienvenida! Su contraseña se ha guardado y ya ha iniciado sesión.
flash-password-changed = Su contraseña se ha cambiado. Se han cerrado las demás sesiones.

## Contraseñas
password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
password-too-short = La contraseña debe tener al menos 12 caracteres.
password-too-long = La contraseña puede tener como máximo 128 caracteres.
password-too-common = Esta contraseña es demasiado común o demasiado sencilla. Elija otra.
password-like-email = La contraseña no debe parecerse a su dirección de correo electrónico.
password-mismatch = Las dos contraseñas no coinciden.
set-password-submit = Guardar la contraseña e iniciar sesión

## Invitaciones y restablecimiento de contraseña
invitation-heading = Únase a { $portal }
invitation-intro = Elija una contraseña para su nueva cuenta.
invitation-invalid-heading = Esta invitación no se puede usar
invitation-invalid-body = El enlace ha caducado, ya se ha utilizado o está incompleto. Pida a la persona que le invitó que le envíe una nueva invitación.
reset-heading = Elija una nueva contraseña
reset-intro = Introduzca una nueva contraseña para su cuenta. Se cerrarán todas las demás sesiones que tenga abiertas.
reset-invalid-heading = Este enlace no se puede usar
reset-invalid-body = El enlace para restablecer la contraseña ha caducado, ya se ha utilizado o está incompleto. Puede solicitar uno nuevo.
forgot-link = ¿Ha olvidado su contraseña?
forgot-heading = Restablecer la contraseña
forgot-intro = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar enlace
forgot-sent-heading = Revise su correo electrónico
forgot-sent-body = Si existe una cuenta con esta dirección, le hemos enviado un enlace para elegir una nueva contraseña. El enlace es válido durante una hora.
mail-reset-subject = Restablezca su contraseña de { $portal }
mail-reset-body = Alguien ha solicitado restablecer la contraseña de su cuenta en { $portal }. Si ha sido usted, elija una nueva contraseña con el enlace que aparece a continuación.
mail-reset-action = Elegir una nueva contraseña
mail-reset-expiry = El enlace solo se puede usar una vez y caduca dentro de { $minutes } minutos.
mail-reset-ignore = Si no lo ha solicitado usted, ignore este correo electrónico: su contraseña no cambiará.

## Más errores
error-csrf-body = Este formulario se ha enviado desde otra página o ha caducado. Vuelva a cargar la página e inténtelo de nuevo.
error-429-title = Demasiados intentos
error-429-body = Espere unos minutos antes de volver a intentarlo.

## Administración
admin-nav-label = Secciones de administración
admin-overview = Resumen
admin-overview-intro = Utilice las secciones de la izquierda para personalizar la imagen de marca de su portal, elegir sus idiomas, ajustar sus textos y gestionar los usuarios, los partners y el inicio de sesión.
admin-branding = Imagen de marca
admin-languages = Idiomas
admin-texts = Textos de la interfaz
admin-users = Usuarios
admin-partners = Partners
admin-sso = Proveedores de identidad
admin-mail = Registro de correo
admin-stat-users = Usuarios
admin-stat-partners = Organizaciones partner
admin-stat-storage = Archivos almacenados
admin-stat-queued-mail = Correos en espera
form-save = Guardar

## Imagen de marca
branding-portal-name = Nombre del portal
branding-primary-color = Color principal
branding-accent-color = Color de acento
branding-mail-sender = Nombre del remitente en los correos electrónicos
branding-footer-links = Enlaces del pie de página
branding-footer-links-hint = Un enlace por línea, con el formato «Etiqueta | https://example.com».
branding-invalid-color = Elija un color como #1f4e8c.
branding-invalid-link = Esta línea no tiene el formato «Etiqueta | https://…»: { $line }
branding-preview = Vista previa
branding-preview-heading = Le damos la bienvenida al programa de partners
branding-preview-button = Registrar una oportunidad
branding-logo = Logotipo
branding-logo-current = Logotipo actual
branding-logo-file = Imagen del logotipo
branding-logo-hint = PNG, JPEG o WebP, 512 KB como máximo. Una imagen cuadrada es la que mejor queda.
branding-logo-upload = Subir logotipo
branding-logo-saved = El nuevo logotipo ya está aplicado.
branding-logo-missing = Elija un archivo de imagen.

## Idiomas
languages-enabled = Idiomas ofrecidos
languages-default = Idioma predeterminado
languages-default-not-enabled = El idioma predeterminado debe ser uno de los idiomas ofrecidos.
languages-welcome = Texto de bienvenida
languages-welcome-locale = Idioma del texto
languages-welcome-open = Editar este idioma
languages-welcome-text = Texto de bienvenida de la página de inicio
languages-welcome-hint = Texto sin formato; deje una línea en blanco entre párrafos.
welcome-empty = El texto de bienvenida no puede estar vacío.

## Textos de la interfaz
texts-intro = Sustituya cualquier texto del portal para sus partners, idioma por idioma; por ejemplo, cambie «oportunidad» por «operación». Los marcadores como { "{ $portal }" } se siguen rellenando igual que antes.
texts-locale = Idioma
texts-search = Buscar por identificador o texto
texts-search-submit = Buscar
texts-count = Textos coincidentes: { $count }
texts-id = Identificador
texts-built-in = Texto predeterminado
texts-override = Su texto
texts-override-for = Su texto para { $id }
texts-reset = Usar el texto predeterminado
texts-removed = Se vuelve a usar el texto predeterminado.
texts-invalid = El texto es demasiado largo o contiene caracteres no permitidos.
texts-error-brace = Una llave debe abrir y cerrar un marcador como { "{ $portal }" }; no se permite una «{ "{" }» o «{ "}" }» suelta.
texts-error-default = Una elección entre formas necesita exactamente una forma predeterminada, marcada con *.
texts-error-reference = Un texto no puede hacer referencia a otros mensajes, términos o funciones.
texts-error-placeholder = { $name } no es un marcador de este texto. Tiene: { $known }.
texts-error-no-placeholders = { $name } no es un marcador de este texto, que no tiene ninguno.
texts-error-syntax = El texto no es válido para este mensaje (el analizador indica: { $detail }).
texts-rename = Renombrar un término
texts-rename-intro = Sustituya una palabra en todos los textos de este idioma a la vez; por ejemplo, «Oportunidad» por «Negocio». Solo palabras completas, con las mayúsculas encontradas; los marcadores no cambian. Verá cada cambio antes de hacerlo.
texts-rename-from = Término actual
texts-rename-to = Nuevo término
texts-rename-preview = Ver los cambios
texts-rename-same = El nuevo término debe diferir del actual en algo más que las mayúsculas (se conservan las de cada texto).
texts-rename-summary = «{ $from }» pasa a ser «{ $to }» en { $language }.
texts-rename-none = Ningún texto de este idioma contiene ese término como palabra completa: no cambiaría nada.
texts-rename-back = Volver a los textos
texts-rename-count = { $count ->
    [one] Cambia un texto:
   *[other] Cambian { $count } textos:
}
texts-rename-preview-caption = Textos antes y después del cambio de término
texts-rename-before = Ahora
texts-rename-after = Después del cambio
texts-rename-apply = { $count ->
    [one] Cambiar este texto
   *[other] Cambiar estos { $count } textos
}
texts-rename-cancel = Cancelar
texts-renamed = Se ha renombrado el término. Cada texto cambiado puede volver al texto integrado más abajo.

## Usuarios
users-organisation = Organización
users-role = Rol
users-status = Estado
users-actions = Acciones
users-role-of = Rol de { $name }
users-change-role = Cambiar
users-deactivate = Desactivar
users-reactivate = Reactivar
users-resend = Volver a enviar la invitación
users-invite = Invitar a un usuario
users-invite-submit = Enviar invitación
users-invited = Se está enviando una invitación a { $email }.
users-invitation-resent = Se ha enviado una nueva invitación.
users-deactivated = El usuario se ha desactivado y se han cerrado todas sus sesiones.
users-reactivated = El usuario puede volver a iniciar sesión.
users-email-taken = Ya hay alguien en este portal que usa esta dirección de correo electrónico.
users-role-mismatch = Este rol no corresponde a la organización: los roles de empleado son para su propia empresa y los roles de partner, para los partners.
users-role-not-allowed = No puede asignar ni cambiar este rol.
users-own-account = Aquí no puede modificar su propia cuenta.
user-status-invited = Invitado
user-status-active = Activo
user-status-disabled = Desactivado

## Partners
partners-empty = Todavía no hay organizaciones partner.
partners-tier = Nivel
partners-count = { $count ->
    [one] una organización partner
   *[other] { $n } organizaciones partner
}
partners-country = País
partners-country-hint = Empiece a escribir su nombre y elíjalo de la lista, o escriba su código de dos letras (DE, JP).
partners-domains = Dominios de correo electrónico
partners-domains-hint = Separados por comas, por ejemplo, partner.com, partner.de. Se usan para reconocer a los usuarios del partner al iniciar sesión.
partners-website = Sitio web
partners-add = Añadir una organización partner
partners-add-submit = Añadir partner
partners-created = Se ha añadido { $name }.
partners-name-taken = Ya existe un partner con este nombre.
partners-invalid-website = Introduzca una dirección web, como fabrikam.example o https://fabrikam.example.
partners-invalid-country = Elija un país de la lista, o escriba un código de país de dos letras, como DE.
partners-invalid-domains = Indique dominios como partner.com, separados por comas.

## Registro de correo
mail-log-empty = Todavía no se ha enviado ningún correo electrónico desde este portal.
mail-log-attempts = Intentos
mail-log-last-error = Último error: { $error }
mail-log-retry = Reintentar
mail-requeued = El mensaje se volverá a enviar en breve.
mail-status-queued = En espera
mail-status-sent = Enviado
mail-status-parked = Fallido

## Proveedores de identidad
sign-in-sso-failed-heading = No se ha podido iniciar sesión
sso-intro = Permita que los partners y su personal inicien sesión con el proveedor de identidad de su propia empresa (OpenID Connect). Cada proveedor pertenece a una organización y se aplica a los dominios de correo electrónico que usted indique.
sso-add = Añadir un proveedor
sso-empty = Todavía no hay proveedores de identidad.
sso-issuer = URL del emisor
sso-issuer-hint = El emisor (issuer) del proveedor, por ejemplo, https://login.example.com. Su documento de descubrimiento se comprueba al guardar.
sso-invalid-issuer = Introduzca el emisor como una URL que empiece por https://.
sso-discovery-unreachable = No se ha podido contactar con el proveedor en { $issuer }. Compruebe la dirección y que el proveedor responde desde donde se ejecuta Portico.
sso-discovery-status = El proveedor en { $issuer } ha respondido con el estado { $status } en lugar de su documento de descubrimiento (/.well-known/openid-configuration). Compruebe la URL del emisor.
sso-discovery-invalid = El proveedor en { $issuer } no ha enviado un documento de descubrimiento de OpenID Connect. Compruebe la URL del emisor.
sso-discovery-mismatch = El documento de descubrimiento en { $issuer } indica otro emisor, o le falta lo que necesita el inicio de sesión. Use la URL del emisor exactamente como la indica el proveedor.
sso-client-id = ID de cliente
sso-client-secret = Secreto de cliente
sso-client-secret-hint = Se guarda cifrado y no se vuelve a mostrar nunca.
sso-client-secret-keep = Deje este campo vacío para conservar el secreto actual.
sso-client-secret-kept = Se conserva el secreto que ha escrito (sellado, nunca se muestra); escriba otro para sustituirlo.
sso-scopes = Ámbitos adicionales (scopes)
sso-invalid-scopes = Los ámbitos son palabras separadas por espacios, como «email profile».
sso-domains-hint = Los usuarios cuya dirección termine en uno de estos dominios inician sesión a través de este proveedor.
sso-organisation-hint = Este proveedor solo permite iniciar sesión en esta organización.
sso-jit = Crear cuentas en el primer inicio de sesión (just-in-time)
sso-default-role = Rol de las cuentas nuevas
sso-required = SSO obligatorio
sso-required-label = Exigir este proveedor para sus dominios (sin inicio de sesión ni restablecimiento con contraseña)
sso-yes = Sí
sso-no = No
sso-callback = URI de redirección que debe registrar en el proveedor
sso-callback-hint = Registre exactamente esta dirección como URI de redirección (callback) del cliente.
sso-remove = Eliminar proveedor
sso-removed = El proveedor se ha eliminado.

## Operadores de la plataforma
operator-sign-in = Inicio de sesión de operador
operator-sign-in-intro = Este enlace de un solo uso le permite iniciar sesión en la consola de la plataforma Portico.
operator-sign-in-submit = Iniciar sesión en la consola
operator-link-invalid = Este enlace de inicio de sesión ha caducado o ya se ha utilizado. Cree uno nuevo con «portico operator create».
operator-console = Consola de la plataforma
operator-signed-in-as = Sesión iniciada como { $email }
operator-tenants = Inquilinos
operator-no-tenants = Todavía no hay inquilinos.
operator-tenant = Inquilino
operator-created = Fecha de creación
tenant-status-active = Activo
tenant-status-suspended = Suspendido
sign-in-sso-redirect = Su organización inicia sesión con { $provider }. Le estamos redirigiendo…

## Oportunidades
nav-deals = Oportunidades
deals-title = Registros de oportunidades
deals-new = Registrar una oportunidad
deals-edit = Editar el registro
deals-export = Exportar CSV
deals-filters = Filtrar oportunidades
deals-search = Buscar empresa, dominio o contacto
deals-any = Todos
deals-created-from = Registradas desde
deals-created-to = Registradas hasta
deals-value-min = Valor desde ({ $currency }, convertido)
deals-value-max = Valor hasta ({ $currency }, convertido)
deals-sort = Ordenar por
deals-apply = Aplicar
deals-needs-review = Requiere revisión
csv-yes = sí
deals-empty = Todavía no hay oportunidades.
deals-none-match = Ninguna oportunidad coincide con estos filtros.
deals-clear-filters = Borrar los filtros
deals-first-page = Volver a la primera página
deals-count = { $count ->
    [one] una oportunidad
   *[other] { $n } oportunidades
}
deals-count-matching = { $count ->
    [one] Una oportunidad coincide con estos filtros.
   *[other] { $n } oportunidades coinciden con estos filtros.
}
deals-next-page = Más oportunidades
deals-save-draft = Guardar como borrador
deal-sort-newest = Más recientes primero
deal-sort-oldest = Más antiguas primero
deal-sort-value_desc = Mayor valor
deal-sort-value_asc = Menor valor
deal-sort-close_asc = Cierre más próximo
deal-section-customer = Cliente
deal-section-opportunity = Oportunidad
deal-section-details = Detalles
deal-section-actions = Próximos pasos
deal-field-id = ID
deal-field-partner = Partner
deal-field-company = Empresa cliente
deal-field-domain = Dominio web del cliente
deal-field-country = País
deal-field-contact = Contacto
deal-field-contact-email = Correo electrónico del contacto
deal-field-value = Valor estimado
deal-field-currency = Moneda
deal-field-close = Cierre previsto
deal-field-description = Descripción
deal-field-products = Productos
deal-field-status = Estado
deal-field-protected-until = Protegida hasta
deal-field-created = Registrada
deal-invalid-domain = Introduzca el dominio web del cliente, como example.com.
deal-invalid-value = Introduzca un importe positivo, como 12500 o 12.500,00.
deal-value-too-large = Una oportunidad puede valer como máximo { $max }.
deal-invalid-date = Introduzca una fecha como 2027-03-31.
deal-invalid-close-range = La fecha de cierre prevista debe estar comprendida entre el mes pasado y los próximos cinco años.
deal-conflict-hint = Es posible que otro registro ya cubra a este cliente. Aun así, puede enviarlo: el proveedor lo revisará antes de tomar una decisión.
deal-under-review = El proveedor está revisando este registro.
deal-no-actions = Por ahora no hay nada que hacer con esta oportunidad.
deal-message-to-partner = Mensaje para el partner
deal-message-to-partner-required = Mensaje para el partner (obligatorio: el motivo)
deal-message-to-partner-optional = Mensaje para el partner (opcional)
deal-message-to-partner-hint = El partner lo ve en la oportunidad y en su correo.
deal-message-from-vendor = Mensaje del proveedor
deal-internal-note = Nota interna (solo empleados)
deal-internal-note-optional = Nota interna (opcional)
deal-internal-note-hint = Solo la ven los empleados del proveedor: nunca el partner, en ninguna página ni en ningún correo.
deal-question-heading = El proveedor pregunta
deal-reply = Su respuesta
deal-reply-hint = Se añade al historial de la oportunidad, que vuelve a revisión.
deal-reply-submit = Responder y volver a enviar
deal-reply-edit = Cambiar antes los datos de la oportunidad
deal-message-from-partner = Respuesta del partner
deal-request-extension = Solicitar ampliación de la protección
deal-extension-pending = Ampliación solicitada
deal-extension-grant = Conceder ampliación
deal-extension-refuse = Denegar ampliación
deal-conflicts = Posibles conflictos
deal-conflicts-intro = Otros registros abiertos para el mismo cliente, uno al lado del otro. Los campos coincidentes están marcados.
deal-conflict-this-named = Este registro: { $partner }, { $company }
deal-conflict-other-named = { $partner }, { $company }
deal-conflict-registered = registrado el { $date }
deal-conflict-resolve-hint = Decida todo el conjunto de una vez: apruebe un registro y los demás pendientes de revisión se rechazan, cada partner con el mensaje de su propia columna.
deal-conflict-reason = Mensaje para { $partner } si se aprueba otro registro
deal-conflict-reason-hint = Solo lo lee este partner.
deal-conflict-reason-required = Escriba el motivo que recibirá este partner si se aprueba otro registro.
deal-conflict-approve-this = Aprobar este y rechazar los demás
deal-conflict-untouched = No está pendiente de revisión: la decisión lo deja como está.
deal-conflict-match = coincide
deal-conflict-same-partner = mismo partner
deal-timeline = Historial
deal-via-token = mediante el token de API «{ $name }»
deal-status-draft = Borrador
deal-status-submitted = Enviada
deal-status-approved = Aprobada
deal-status-rejected = Rechazada
deal-status-info_requested = Información solicitada
deal-status-won = Ganada
deal-status-lost = Perdida
deal-status-expired = Caducada
deal-action-submit = Enviar para aprobación
deal-action-approve = Aprobar
deal-action-reject = Rechazar
deal-action-request_info = Solicitar más información
deal-action-resubmit = Volver a enviar
deal-action-win = Marcar como ganada
deal-action-lose = Marcar como perdida
deal-action-expire = Marcar como caducada
deal-event-created = Registro creado
deal-event-edited = Detalles editados
deal-event-submit = Enviada
deal-event-resubmit = Enviada de nuevo
deal-event-approve = Aprobada
deal-event-auto_approve = Aprobada automáticamente (regla de nivel)
deal-event-reject = Rechazada
deal-event-request_info = Más información solicitada
deal-event-win = Marcada como ganada
deal-event-lose = Marcada como perdida
deal-event-expire = Protección caducada
deal-event-extension_requested = Ampliación solicitada
deal-event-extension_granted = Ampliación concedida
deal-event-extension_refused = Ampliación denegada
deal-error-not-allowed = Este paso no es posible para esta oportunidad en este momento.
deal-error-too-many-open = Su nivel permite { $max } oportunidades abiertas a la vez. Cierre o finalice una primero.
deal-error-comment-required = Indique un motivo.
deal-error-partner-inactive = Su organización partner no está activa, por lo que no puede enviar oportunidades.
deal-error-too-many-drafts = Ya tiene { $max } borradores, el máximo que permite este portal. Envíe uno de ellos primero.
deal-flash-saved = El registro se ha guardado como borrador.
deal-flash-submitted = El registro se ha enviado.
deal-flash-approve = La oportunidad se ha aprobado.
deal-flash-reject = La oportunidad se ha rechazado.
deal-flash-resolved = El registro está aprobado; los demás en conflicto se han rechazado y cada partner sabe el motivo.
deal-flash-request_info = Se ha solicitado más información al partner.
deal-flash-resubmit = El registro se ha vuelto a enviar.
deal-flash-submit = El registro se ha enviado.
deal-flash-win = La oportunidad se ha marcado como ganada.
deal-flash-lose = La oportunidad se ha marcado como perdida.
deal-flash-expire = La oportunidad ha caducado.
deal-flash-extension-requested = Se ha solicitado la ampliación.
deal-flash-extension-granted = Se ha concedido la ampliación.
deal-flash-extension-refused = Se ha denegado la ampliación.

## Notificaciones
notifications-title = Notificaciones
notifications-bell = Notificaciones, { $count } sin leer
notifications-empty = Todavía no hay notificaciones.
notifications-read-all = Marcar todas como leídas
notifications-mark-read = Marcar como leída
notification-open = Abrir la oportunidad
notify-deal-submitted = { $partner } ha registrado la oportunidad «{ $company }».
notify-deal-submitted-conflict = { $partner } ha registrado la oportunidad «{ $company }», que podría entrar en conflicto con otro registro.
notify-deal-approved = Su oportunidad «{ $company }» se ha aprobado y está protegida hasta el { $date }.
notify-deal-rejected = Su oportunidad «{ $company }» se ha rechazado: { $comment }
notify-deal-info-requested = Se necesita más información sobre su oportunidad «{ $company }»: { $comment }
notify-extension-requested = { $partner } solicita ampliar la protección de «{ $company }».
notify-extension-granted = La protección de «{ $company }» se ha ampliado hasta el { $date }.
notify-extension-refused = Se ha denegado la ampliación de «{ $company }».
notify-deal-expiring = La protección de «{ $company }» finaliza el { $date }.
notify-deal-expired = La protección de «{ $company }» ha caducado.

## Análisis
analytics-title = Análisis del pipeline
analytics-total = { $count } oportunidades en total.
analytics-summary = { $n } oportunidades.
analytics-deals = Oportunidades
analytics-by-status = Por estado
analytics-by-partner = Por partner
analytics-by-tier = Por nivel
analytics-by-month = Por mes de registro
analytics-no-tier = Sin nivel

## Productos y niveles
admin-products = Productos
admin-tiers = Niveles
products-intro = Los partners eligen entre estos productos al registrar una oportunidad.
products-empty = Todavía no hay productos.
products-sku = SKU
products-active = Activo
products-inactive = Oculto
products-activate = Volver a mostrar
products-deactivate = Ocultar
products-add = Añadir producto
products-name-taken = Ya existe un producto con este nombre.
tiers-intro = Los partners van subiendo de nivel; cada nivel determina cuánto tiempo permanecen protegidas las oportunidades aprobadas, cuántas oportunidades pueden estar abiertas a la vez y hasta qué valor se aprueban automáticamente.
tiers-protection-days = Protección (días)
tiers-max-open = Máximo de oportunidades abiertas
tiers-auto-approve = Aprobación automática hasta ({ $currency })
tiers-hint = En oportunidades abiertas, 0 significa sin límite; en aprobación automática, 0 significa nunca. Las oportunidades que puedan entrar en conflicto con otro registro siempre las revisa una persona.
tiers-add = Añadir nivel
tiers-invalid-number = Introduzca un número entero entre 0 y { $max }.
tiers-drafts-heading = Borradores
tiers-drafts-label = Borradores por usuario partner
tiers-drafts-hint = Cuántos borradores sin enviar puede tener una persona a la vez. Las oportunidades enviadas cuentan en cambio para las oportunidades abiertas de su nivel.
tiers-drafts-invalid = Introduzca un número entero entre 1 y { $max }.
deal-review-by = El equipo de { $portal } la revisa y decide antes del { $date }.
tiers-review-heading = Revisión
tiers-review-label = Días laborables hasta la decisión
tiers-review-hint = Los partners saben para cuándo esperar una decisión sobre una oportunidad enviada (cuentan de lunes a viernes).
tiers-review-invalid = Escriba un número entero de 1 a { $max }.
tiers-name-taken = Ya existe un nivel con este nombre.

## Captación de partners
admin-applications = Solicitudes
apply-title = Conviértase en partner
apply-intro = Háblenos de su empresa y nos pondremos en contacto con usted. Los partners de { $portal } registran oportunidades, obtienen certificaciones y gestionan campañas de marca compartida.
apply-company = Empresa
apply-contact-name = Su nombre
apply-contact-email = Su correo electrónico profesional
apply-message = ¿Qué le gustaría vender con nosotros?
apply-submit = Enviar solicitud
apply-thanks-heading = Gracias por su solicitud
apply-thanks-body = Hemos recibido su solicitud y le responderemos por correo electrónico.
apply-too-many = En la última hora se han recibido demasiadas solicitudes desde su red. Vuelva a intentarlo más tarde.
applications-none-pending = No hay solicitudes pendientes.
applications-approve = Aprobar e invitar
applications-reject = Rechazar
applications-reason = Motivo
applications-decided = Solicitudes resueltas
applications-approved = { $company } ya es partner; se ha invitado a su administrador.
applications-rejected = Se ha informado al solicitante.
applications-reason-required = Indique el motivo del rechazo.
applications-status-approved = Aprobada
applications-status-rejected = Rechazada
applications-status-pending = Pendiente
notify-application = { $company } ha solicitado convertirse en partner.
mail-application-rejected-subject = Su solicitud para { $portal }
mail-application-rejected-body = Gracias por su interés. Hemos decidido no incorporar a { $company } al programa de partners de { $portal } por el momento, por el siguiente motivo:

## Organizaciones partner
partners-search = Buscar por nombre o dominio
org-status-active = Activa
org-status-suspended = Suspendida
org-status-applicant = Solicitante
org-no-users = Todavía no hay usuarios.
org-all-deals = Todas las oportunidades de este partner
org-title = Mi organización
org-your-tier = Su nivel
org-next-tier = Siguiente nivel
org-next-tier-hint = Hable con su responsable de canal para subir de nivel.
org-top-tier = Su organización está en el nivel más alto.
org-no-tier = Todavía no se ha asignado ningún nivel a su organización.
org-unlimited = Sin límite
org-auto-never = Nunca
org-auto-up-to = Hasta { $amount }
org-open-now = abiertas ahora: { $count }
home-review-deals = Revisar oportunidades

## Uploads
upload-refused-empty = El archivo está vacío.
upload-refused-type = Aquí no se acepta este tipo de archivo. Use uno de los tipos indicados.
upload-refused-svg = No se aceptan archivos SVG (pueden contener scripts). Exporte la imagen como PNG o WebP.
upload-refused-pixels = La imagen tiene demasiados píxeles (como máximo 12.000 píxeles por lado y 48 megapíxeles).
upload-refused-broken = No se puede leer el archivo: está dañado o no es lo que dice ser.
upload-refused-encrypted = El PDF está protegido con contraseña o cifrado. Suba una copia sin protección.
upload-refused-too-large = El archivo ocupa más de { $size }.

## Partner co-branding profile
profile-title = Perfil de marca compartida
profile-hint = Lo que el material de marca compartida (fichas técnicas, correos, páginas de destino) muestra de su organización.
profile-contact-name = Nombre de contacto
profile-contact-email = Correo de contacto
profile-contact-phone = Teléfono de contacto
profile-logo-file = Logotipo
profile-logo-hint = PNG, JPEG o WebP, hasta 2 MB. Aparece en el material de marca compartida.
profile-logo-current = Logotipo actual
profile-no-logo = Todavía no hay logotipo.
profile-ask-admin = Los administradores de socio de su organización pueden cambiar este perfil.
profile-saved = Perfil guardado.
profile-logo-saved = Logotipo guardado.
form-invalid-phone = Introduzca un número de teléfono con al menos cinco dígitos (se permiten espacios y + ( ) - . /).

## Asset library
nav-assets = Biblioteca de recursos
assets-title = Biblioteca de recursos
assets-add = Añadir un recurso
assets-add-submit = Añadir el recurso
assets-search = Buscar en títulos y descripciones
assets-empty = Ningún recurso coincide. Añada uno o cambie los filtros.
asset-kind = Tipo
asset-kind-image = Imagen
asset-kind-pdf = Documento PDF
asset-status = Estado
asset-status-draft = Borrador
asset-status-published = Publicado
asset-status-archived = Archivado
asset-tag = Etiqueta
asset-preview = Vista previa
asset-title = Título
asset-description = Descripción
asset-versions = Versiones
asset-version = Versión
asset-version-number = Versión { $number }
asset-version-current = actual
asset-file = Archivo
asset-file-hint = PDF, PNG, JPEG o WebP, hasta { $size }. El tipo del archivo se determina por su contenido, no por su nombre.
asset-file-missing = Elija un archivo para subir.
asset-text-locale = Idioma de este texto
asset-text-locale-hint = Añada los demás idiomas en la página del recurso.
asset-tags = Etiquetas
asset-tags-hint = Separadas por comas, por ejemplo: ficha técnica, seguridad.
asset-tiers = Visible para los niveles
asset-tiers-hint = Ninguno marcado: todos los socios lo ven en cuanto se publica.
asset-partners-downloaded = { $count ->
    [one] descargado por una organización asociada
   *[other] descargado por { $n } organizaciones asociadas
}
asset-text-missing = Falta en:
asset-text-missing-badge = falta
asset-texts = Título y descripción
asset-publishing = Publicación
asset-version-locale = Para
asset-version-locale-hint = Una versión para un idioma sustituye el archivo solo para los socios que usan ese idioma.
asset-version-all-locales = Todos los idiomas
asset-version-note = Qué ha cambiado (opcional)
asset-downloads = Descargas
asset-no-versions = Todavía no hay versiones.
asset-pages = { $count ->
    [one] una página
   *[other] { $n } páginas
}
asset-new-version = Subir una nueva versión
asset-upload-version = Subir la versión
asset-created = Recurso añadido.
asset-version-added = Nueva versión subida. Los socios la reciben a partir de ahora.
library-title = Biblioteca de recursos
library-intro = Material de su proveedor para su propio marketing.
library-empty = Todavía no hay nada para su nivel de socio, o nada coincide con los filtros.
library-not-in-your-language = Este recurso no está disponible en su idioma; se muestra en { $language }.
library-download = Descargar

## E-mail preferences and unsubscribe
prefs-title = Preferencias de correo
prefs-intro = Elija qué correos opcionales recibe. Las notificaciones del portal siguen activas.
prefs-legend = Enviarme correos sobre
prefs-essential = Los correos sobre sus oportunidades, su cuenta y su seguridad se envían siempre.
prefs-saved = Preferencias guardadas.
prefs-category-campaigns = nuevas campañas de marketing para mi nivel de socio
prefs-category-asset-updates = nuevas versiones de recursos que he descargado
prefs-category-courses = nuevos cursos y recordatorios de certificados
mail-unsubscribe = Dejar de recibir correos sobre { $category }
unsubscribe-title = Darse de baja
unsubscribe-ask = ¿Dejar de recibir correos sobre { $category }?
unsubscribe-confirm = Darse de baja
unsubscribe-done = Hecho: ya no recibirá correos sobre { $category }.
unsubscribe-change = Cambiar sus preferencias de correo
notify-asset-superseded = Hay una nueva versión de «{ $title }» (versión { $number }).

## Campaigns
nav-campaigns = Campañas
campaigns-title = Campañas
campaigns-add = Nueva campaña
campaigns-add-submit = Crear la campaña
campaigns-empty = Todavía no hay campañas.
campaign-name = Nombre
campaign-period = Periodo
campaign-period-value = del { $start } al { $end }
campaign-status = Estado
campaign-status-draft = Borrador
campaign-status-scheduled = Programada
campaign-status-active = Activa
campaign-status-ended = Finalizada
campaign-assets = Recursos
campaign-starts = Empieza el
campaign-ends = Termina el (incluido)
campaign-tiers = Niveles destinatarios
campaign-tiers-hint = Ninguno marcado: todos los niveles de socio.
campaign-no-assets = La biblioteca todavía no tiene recursos publicados.
campaign-ready = Lista: ejecutarla en su periodo
campaign-ready-hint = Mientras no esté lista, sigue siendo un borrador que los socios no ven. Cuando empieza, se avisa a sus socios en el portal y por correo.
campaign-stats = Cifras
campaign-stats-notified = Socios avisados
campaign-stats-viewed = Socios que la han visto
campaign-stats-activated = Socios que la han activado
campaign-stats-per-partner = Por organización asociada
campaign-stats-partner = Socio
campaign-stats-downloads = Descargas
campaign-stats-note = Cómo la ejecutan
campaign-stats-empty = Ningún socio la ha visto todavía.
campaign-stats-per-version = Descargas por versión del recurso
campaign-stats-csv = Descargar como CSV
campaign-yes = sí
campaign-no = no
campaign-invalid-date = Introduzca una fecha como 2026-12-31.
campaign-ends-before-start = El final es anterior al inicio.
campaign-created = Campaña creada.
campaigns-partner-intro = Campañas de su proveedor en curso para su nivel de socio.
campaigns-partner-empty = Ahora mismo no hay ninguna campaña en curso para su nivel de socio.
campaign-partner-no-assets = Esta campaña no tiene recursos para su nivel.
campaign-activate-title = Ejecutar esta campaña
campaign-activated-state = Activada
campaign-activate-note = Cómo la ejecuta (opcional)
campaign-activate-note-hint = Por ejemplo: boletín el día 10, dos seminarios web. Su proveedor ve esta nota.
campaign-activate = Marcar como activada
campaign-activate-update = Actualizar la nota
campaign-activated = Campaña marcada como activada.
notify-campaign-started = Ha empezado una nueva campaña: { $name }
campaign-stats-funnel = Socios: avisados, la han visto, la han activado
campaign-stats-downloads-per-partner = Descargas por organización asociada
campaign-stats-downloads-total = { $count ->
    [one] una descarga en total.
   *[other] { $n } descargas en total.
}

## E-mail templates and co-branding
asset-kind-email = Plantilla de correo
asset-content-file = Para imágenes y PDF: el archivo
asset-content-template = Para plantillas de correo y páginas de destino: asunto (el titular de una página de destino), HTML y texto (solo correo)
template-vocabulary = Marcadores que se sustituyen por los datos del socio: { $vocabulary }
template-subject = Asunto
template-body-html = Parte HTML
template-body-text = Parte de texto
template-unknown = Marcadores desconocidos: { $names }. Use solo: { $vocabulary }
template-unclosed = Un marcador se abre con dos llaves pero no se cierra.
template-edit = Editar la plantilla (se guarda como nueva versión)
template-preview = Vista previa con sus datos
preflight-missing = A su perfil de marca compartida le falta lo que usa esta plantilla, que queda en blanco:
preflight-fix = Completar el perfil de su organización
placeholder-partner-name = el nombre de su organización
placeholder-partner-logo = su logotipo
placeholder-partner-website = su sitio web
placeholder-contact-name = un nombre de contacto
placeholder-contact-email = un correo de contacto
placeholder-contact-phone = un teléfono de contacto
placeholder-landing-page-url = una página de destino publicada
placeholder-tenant-name = el nombre de su proveedor
template-download-html = Descargar como HTML
template-download-eml = Descargar como .eml
template-send-test = Enviar una copia de prueba a { $email }
template-test-sent = Se está enviando una copia de prueba a { $email }.

## Co-branding zones of PDFs
zones-title = Zonas de marca compartida
zones-intro = Indique dónde se estampan el logotipo y los datos de cada socio. Posiciones y tamaños son porcentajes de la página, desde su esquina superior izquierda.
zones-none = Aún no hay zonas: los socios descargan el PDF tal cual.
zones-sample = Descargar una muestra para un socio ficticio
zone-add-title = Añadir una zona
zone-page = Página
zone-where = Posición y tamaño
zone-what = Contenido
zone-what-logo = El logotipo del socio
zone-what-text = Texto con marcadores
zone-text = Texto
zone-text-hint = Por ejemplo: { $example }. Una zona que solo contiene el marcador del sitio web o de la página de destino se convierte en enlace.
zone-x = Desde la izquierda (%)
zone-y = Desde arriba (%)
zone-width = Ancho (%)
zone-height = Alto (%)
zone-add = Añadir la zona
zone-remove = Quitar
zone-actions = Acciones
zone-added = Zona añadida. Descargue la muestra para comprobarla.
zone-removed = Zona quitada.
zone-position = { $x } % desde la izquierda, { $y } % desde arriba
zone-size = { $width } × { $height } %
zone-on-page = Página { $page }
zone-whole-number = Introduzca un número entero.
zone-page-invalid = { $count ->
    [one] El documento tiene una página: introduzca 1.
   *[other] Elija una página del 1 al { $n }.
}
zone-off-page = La zona debe estar en la página: posición de 0 a 99 %, tamaño de 1 a 100 %, posición y tamaño juntos 100 % como máximo.
zone-logo-in-text = El logotipo tiene su propia zona: elija «El logotipo del socio».
zone-too-many = Un recurso tiene como máximo { $max } zonas.
zone-sample-partner = Socio de Ejemplo S.L.
zone-sample-contact = Alex Ejemplo
library-download-cobranded = Descargar su copia con su marca
library-cobranded-hint = Con el logotipo y los datos de su organización.

## Landing pages
asset-kind-landing = Página de destino
landing-headline = Titular
landing-your-page = Su página de destino
landing-not-yet = Publique esta página con el nombre y el logotipo de su organización; los visitantes le contactan mediante su formulario.
landing-publish = Publicar como nuestra página de destino
landing-publish-again = Publicar de nuevo
landing-unpublish = Desconectar
landing-is-offline = Su página está desconectada; su dirección se conserva.
landing-live-at = Publicada en
landing-see-submissions = Visitas y solicitudes de contacto
landing-published = Su página de destino está publicada en { $path }.
landing-unpublished = Su página de destino está desconectada.
landing-list-title = Páginas de destino
landing-list-intro = Las páginas publicadas de su organización y lo que los visitantes enviaron a través de ellas.
landing-your-pages = Sus páginas
landing-address = Dirección
landing-visits-heading = Visitas
landing-visits = { $count ->
    [one] una visita
   *[other] { $n } visitas
}
landing-offline = desconectada
landing-none = Aún no hay páginas de destino: publique una desde la biblioteca.
landing-submissions = Solicitudes de contacto
landing-no-submissions = Aún no hay solicitudes de contacto.
landing-when = Recibida
landing-name = Su nombre
landing-email = Su correo electrónico
landing-company = Empresa
landing-message = Mensaje
landing-send = Enviar
landing-contact-title = Contactar con { $partner }
landing-thanks = Gracias. { $partner } le responderá pronto.
landing-privacy = Sus datos solo llegan a { $partner }, para responder a su solicitud.
landing-too-many = Demasiadas solicitudes desde su red. Vuelva a intentarlo dentro de una hora.
notify-landing-submission = { $name } ({ $email }) envió una solicitud de contacto a través de su página de destino.
nav-landing-pages = Páginas de destino
campaign-stats-visits = Visitas a páginas de destino
campaign-stats-submissions = Solicitudes de contacto
template-preview-button = Vista previa
template-live-preview = Vista previa en directo para un socio ficticio
template-preview-sample = socio ficticio

## Social posts
asset-kind-social = Publicación social
asset-content-social = Para publicaciones sociales: el texto de la publicación (la imagen es el archivo de arriba)
social-text = Texto de la publicación
social-fits-title = Longitud por red
social-fits-sample = El texto actual, rellenado para un socio ficticio.
social-network = Red
social-length = Longitud
social-fit = { $length } de { $limit } caracteres
social-too-long = demasiado largo
social-your-post = Su publicación
social-copy-hint = Copie este texto en su publicación, con la imagen de abajo.

## Plans and usage
admin-usage = Plan y consumo
plan-limit-title = Límite del plan alcanzado
plan-limit-body-staff = Su plan permite { $limit } ({ $what }) y esto lo superaría, así que no se ha cambiado nada. En Administración → Plan y consumo verá en qué punto está; el operador de la plataforma puede ampliar el límite cambiando su plan.
plan-limit-body-partner = { $portal } ha alcanzado el límite de su plan, { $limit } ({ $what }), así que no se ha cambiado nada. Pida al equipo de { $portal } que lo amplíe.
plan-feature-off-title = No incluido en este plan
plan-feature-off-body-staff = { $feature } no está incluido en su plan. El operador de la plataforma puede activarlo cambiando su plan.
plan-feature-off-body-partner = { $feature } no está disponible en { $portal }.
plan-feature-sso = Inicio de sesión único (SSO)
plan-feature-campaigns = Campañas y biblioteca de recursos
plan-feature-api = API y webhooks
plan-feature-included = { $feature }: incluido
plan-feature-excluded = { $feature }: no incluido
usage-metric-partners = organizaciones socias
usage-metric-users = usuarios
usage-metric-storage_bytes = almacenamiento
usage-metric-emails = correos este mes
usage-metric-deals = oportunidades registradas este mes
usage-metric-sign_ins = inicios de sesión este mes
usage-metric-api_calls = llamadas a la API este mes
usage-unlimited = ilimitado
usage-plan = Su plan: { $plan }
usage-now = Este mes
usage-column-what = Qué
usage-column-used = Usado
usage-column-limit = Límite
usage-column-share = Parte del límite
usage-column-month = Mes
usage-empty = Aún no se ha contado nada.
usage-at-limit = límite alcanzado
usage-no-limit = sin límite
usage-raise-hint = Al 80 % y al 100 % de un límite, los administradores reciben un aviso en el portal y por correo. Superados los correos del mes, se retienen los mensajes que se pueden desactivar; los enlaces de acceso, las invitaciones y las decisiones sobre oportunidades siempre se envían. Para ampliar un límite, pida al operador de la plataforma que cambie su plan.
usage-history = Meses anteriores
usage-download-csv = Descargar el consumo mensual (CSV)
usage-history-empty = Todavía no se ha contado ningún mes.
notify-usage-limit-near = Su portal ha usado el 80 % del límite de su plan: { $metric ->
    [partners] organizaciones socias
    [users] usuarios
    [storage_bytes] almacenamiento
   *[emails] correos este mes
}.
notify-usage-limit-reached = Su portal ha alcanzado el límite de su plan: { $metric ->
    [partners] organizaciones socias
    [users] usuarios
    [storage_bytes] almacenamiento
   *[emails] correos este mes
}. Lo nuevo se rechaza hasta que cambie el plan.

## Operator console: tenants and plans
operator-plans = Planes
operator-usage-csv = Consumo mensual de todos los inquilinos (CSV)
operator-search = Buscar por nombre o identificador
operator-sort = Ordenar por
operator-sort-name = Nombre
operator-sort-newest = Más recientes primero
operator-search-submit = Mostrar
operator-plan = Plan
operator-open-portal = abrir portal
operator-next-page = Página siguiente
operator-create-tenant = Crear un inquilino
operator-create-slug = Identificador (subdominio)
operator-create-slug-hint = De 2 a 63 letras minúsculas, cifras y guiones; la dirección del portal será identificador.su-dominio.
operator-create-name = Nombre del fabricante
operator-create-admin-email = Correo del primer administrador del fabricante
operator-create-admin-email-hint = Recibirá una invitación para elegir una contraseña.
operator-create-locale = Idioma predeterminado
operator-create-submit = Crear inquilino
operator-create-slug-invalid = Use de 2 a 63 letras minúsculas, cifras y guiones, sin guion al principio ni al final.
operator-create-slug-reserved = Este identificador está reservado para la plataforma; elija otro.
operator-create-slug-taken = Ya existe un inquilino con este identificador.
operator-create-name-invalid = Use de 1 a 100 caracteres sin caracteres de control.
operator-plan-unknown = Elija uno de los planes ofrecidos.
operator-tenant-created = Inquilino creado. Se ha invitado por correo al administrador { $email }.
operator-plan-changed = Se ha cambiado el plan; sus límites y funciones se aplican ya.
operator-tenant-suspended = El inquilino está suspendido: su portal lo indica y nadie puede iniciar sesión.
operator-tenant-resumed = El inquilino vuelve a estar activo.
operator-back-to-tenants = ← Todos los inquilinos
operator-slug = Identificador
operator-change-plan = Cambiar el plan
operator-change-plan-submit = Cambiar plan
operator-tenant-status = Suspender o reanudar
operator-tenant-is-suspended = Este inquilino está suspendido: su portal responde «suspendido», nadie puede iniciar sesión y su correo espera. Al reanudarlo se restablece todo.
operator-resume = Reanudar inquilino
operator-suspend-hint = Al suspender se conservan todos los datos; el portal responde «suspendido» y nadie puede iniciar sesión hasta que lo reanude.
operator-suspend = Suspender inquilino
operator-plans-intro = Los límites vacíos son ilimitados. Un cambio se aplica de inmediato a todos los inquilinos del plan.
operator-plan-name = Nombre
operator-plan-max-partners = Organizaciones socias
operator-plan-max-users = Usuarios
operator-plan-max-storage = Almacenamiento (MiB)
operator-plan-max-emails = Correos al mes
operator-plan-limit-hint = Un número entero; vacío para ilimitado.
operator-plan-features = Funciones
operator-plan-saved = Se ha guardado el plan.
operator-plan-limit-invalid = Introduzca un número entero de 0 a 1.000.000.000, o déjelo vacío para ilimitado.

## Deleting tenants and the audit log
tenant-status-deleted = Eliminado
operator-tenant-is-deleted = Este inquilino está eliminado; restáurelo primero.
operator-tenant-deleted = El inquilino está eliminado: su portal responde «eliminado» y no se envía nada. Puede restaurarlo hasta la purga.
operator-delete-confirm-mismatch = Escriba el identificador exactamente como se muestra para confirmar.
operator-tenant-restored = El inquilino se ha restaurado con todos sus datos.
operator-tenant-not-deleted = Este inquilino no está eliminado.
operator-deleted-title = Eliminado
operator-deleted-body = Este inquilino está eliminado: su portal responde «eliminado», nadie puede iniciar sesión y no se envía nada. El { $date } la purga borrará definitivamente todos sus datos y archivos; hasta entonces puede restaurarlo.
operator-restore = Restaurar inquilino
operator-delete-title = Eliminar el inquilino
operator-delete-body = El portal responde «eliminado» de inmediato y no se envía nada más. Tras el periodo de gracia, se borran definitivamente todos los datos y archivos del inquilino. Expórtelo antes si el fabricante quiere sus datos.
operator-delete-confirm = Escriba { $slug } para confirmar
operator-delete-submit = Eliminar inquilino
operator-audit = Registro de auditoría
operator-audit-intro = Lo que los operadores, la línea de comandos y la purga han hecho en la plataforma, de lo más reciente a lo más antiguo. Cada entrada está encadenada a la anterior por su hash; `portico audit verify` comprueba la cadena.
audit-when = Cuándo
audit-who = Quién
audit-action = Acción
audit-target = Objetivo
audit-changes = Cambios
audit-from = Desde
audit-empty = Todavía no se ha registrado nada.
audit-actor-system = Portico (línea de comandos o tarea)
audit-actor-anonymous = Visitante
audit-actor-user = Usuario
audit-actor-operator = Operador
audit-actor-token = Token de API

## The tenant audit log
admin-audit = Registro de auditoría
admin-audit-intro = Cada cambio que se ha hecho en este portal: quién, qué, cuándo y desde dónde, de lo más reciente a lo más antiguo. Las entradas no se pueden modificar ni eliminar.
audit-filter-who = Persona (correo)
audit-filter-kind = Tipo
audit-filter-any = Todos
audit-filter-from = Desde
audit-filter-until = Hasta
audit-download-csv = Descargar en CSV
audit-kind-deal = Oportunidades
audit-kind-partner = Socios
audit-kind-application = Solicitudes
audit-kind-user = Usuarios
audit-kind-tenant = Ajustes del portal
audit-kind-sso = Proveedores de acceso
audit-kind-product = Productos
audit-kind-asset = Recursos
audit-kind-campaign = Campañas
audit-kind-tier = Niveles

## Platform API tokens
operator-tokens = Tokens de API
operator-tokens-intro = Tokens para la API de la plataforma en { $url } (envíe Authorization: Bearer pop_…). Un token actúa en nombre de su operador; revoque el que se haya filtrado.
operator-token-made = Su nuevo token
operator-token-once = Cópielo ahora: solo se muestra esta vez y se guarda únicamente como hash.
operator-token-name = Nombre
operator-token-hint = Empieza por
operator-token-owner = Operador
operator-token-last-used = Último uso
operator-tokens-empty = Todavía no hay tokens.
operator-token-never = nunca
operator-token-revoked-state = Revocado
operator-token-revoke = Revocar
operator-token-revoked = El token está revocado; las peticiones con él se rechazan a partir de ahora.
operator-token-new = Crear un token
operator-token-name-hint = Para qué sirve, por ejemplo «script de aprovisionamiento».
operator-token-create = Crear token

## Export
export-title = Exportar sus datos
export-intro = Todo lo que este portal guarda de su programa —socios, usuarios, oportunidades, recursos, campañas, ajustes, consumo y registro de auditoría— en un solo zip: un manifiesto con recuentos y sumas de comprobación, un archivo JSON Lines por tipo de registro y sus archivos guardados.
export-download = Descargar la exportación (zip)
export-request = Preparar una nueva exportación
export-requested = La exportación se está preparando. Aparecerá abajo cuando esté lista; también recibirá un correo electrónico.
export-requested-operator = La exportación se está preparando; aparecerá abajo cuando esté lista.
export-preparing = Preparando la exportación… esta lista se actualiza sola.
export-refresh = Actualizar
export-none = Todavía no hay exportaciones.
export-column-requested = Solicitada
export-column-by = Por
export-column-status = Estado
export-column-file = Archivo
export-link-until = El enlace funciona hasta el { $date }.
export-status-queued = En espera
export-status-running = En preparación
export-status-ready = Lista
export-status-failed = Error: prepare una nueva
export-status-expired = Enlace caducado
notify-export-ready = Su exportación de datos está lista. Descárguela desde la página de consumo en las próximas { $hours } horas.
error-410-title = Este enlace ha caducado
error-410-body = Lo que había tras este enlace ya no está: los enlaces de descarga solo funcionan durante un tiempo. Solicite uno nuevo.

admin-api = API
api-intro = Conecte su CRM y sus automatizaciones a este portal mediante su API en { $url } con un token, enviado así: Authorization: Bearer ptk_…. Un token actúa para todo el programa como personal del fabricante; cree uno por integración y revoque el que se haya filtrado.
api-tokens = Tokens
api-tokens-empty = Todavía no hay tokens.
api-token-made = Su nuevo token
api-token-once = Cópielo ahora: solo se muestra esta vez y no podrá volver a leerse.
api-token-name = Nombre
api-token-name-hint = Para qué sirve, por ejemplo «sincronización del CRM».
api-token-scope = Acceso
api-token-scope-hint = Solo lectura lista y lee; lectura y escritura también registra y decide oportunidades y gestiona socios y usuarios.
api-scope-read = Solo lectura
api-scope-write = Lectura y escritura
api-token-scope-invalid = Elija solo lectura o lectura y escritura.
api-token-hint = Token
api-token-created = Creado
api-token-expires = Caduca el
api-token-expires-hint = Opcional: el token deja de funcionar ese día. Déjelo vacío para conservarlo hasta revocarlo.
api-token-expires-invalid = Elija un día posterior a hoy y dentro de tres años, o déjelo vacío.
api-token-no-expiry = Nunca
api-token-last-used = Último uso
api-token-never = Sin usar todavía
api-token-revoke = Revocar
api-token-revoked = Revocado
api-token-expired = Caducado
api-token-revoked-done = El token está revocado: a partir de ahora se rechazan las solicitudes que lo usen.
api-token-create = Crear token
api-token-new = Nuevo token

## Webhooks (Administration → Webhooks)
admin-webhooks = Webhooks
webhooks-intro = Portico envía cada evento a sus endpoints en JSON en cuanto ocurre, firmado como indica la especificación Standard Webhooks, y reintenta lo que no se confirma durante un máximo de tres días.
webhooks-empty = Todavía no hay endpoints.
webhook-url = URL del endpoint
webhook-url-hint = Una dirección https pública. Se vuelve a comprobar antes de cada envío.
webhook-description = Descripción
webhook-events = Eventos
webhook-events-hint = Los eventos que recibe este endpoint.
webhook-enabled = Activo: enviar eventos a este endpoint
webhook-add = Añadir un endpoint
webhook-add-submit = Añadir endpoint
webhook-created = El endpoint está añadido. Su clave de firma aparece abajo.
webhook-url-invalid = Escriba una dirección completa, como https://crm.example.com/hooks.
webhook-url-refused = Esta dirección no puede recibir webhooks: use una dirección https pública.
webhook-events-required = Elija al menos un evento.
webhook-status-on = Activo
webhook-status-off = Inactivo
webhook-status-gone = Inactivo: el endpoint respondió 410 Gone
webhook-status-failing = Inactivo: los envíos fallaron durante cinco días
webhook-failing-since = Fallando desde el { $date }
webhook-open = Abrir
webhook-events-count = { $count ->
    [one] 1 evento
   *[other] { $n } eventos
}
webhook-back = Todos los endpoints
webhook-secret = Clave de firma
webhook-secret-show = Mostrar la clave de firma
webhook-secret-hint = Verifique con ella la cabecera webhook-signature de cada envío; cualquier biblioteca de Standard Webhooks lo hace por usted.
webhook-secret-unreadable = Este servidor no puede leer la clave del endpoint (se creó en otro servidor): renuévela.
webhook-secret-overlap = Hasta el { $date } la clave anterior también firma, para que su receptor pueda cambiar sin perder ningún envío.
webhook-rotate = Renovar la clave
webhook-rotated = Se ha creado una clave nueva. Durante las próximas 24 horas la anterior también firma.
webhook-test = Enviar un evento de prueba
webhook-test-hint = Un mensaje webhook.test va solo a este endpoint y aparece en el registro de abajo.
webhook-test-off = Active el endpoint para enviar un evento de prueba.
webhook-test-queued = Un evento de prueba está en camino; aparece en el registro de abajo.
webhook-test-message = Este es un mensaje de prueba de su portal de partners.
webhook-edit = Ajustes
webhook-deliveries = Envíos
webhook-deliveries-empty = Todavía no se ha enviado nada a este endpoint.
webhook-delivery-time = Hora
webhook-delivery-event = Evento
webhook-delivery-attempts = Intentos
webhook-delivery-code = Respuesta
webhook-delivery-latency = Duración
webhook-delivery-response = Contenido de la respuesta
webhook-delivery-next = Próximo intento
webhook-delivery-pending = En espera
webhook-delivery-succeeded = Entregado
webhook-delivery-failed = Fallido
webhook-latency = { $ms } ms
webhook-replay = Reenviar
webhook-replayed = Envíos repetidos: { $n }.
webhook-replay-since = Reenviar los envíos fallidos desde
webhook-replay-since-hint = Cada envío fallido creado a partir de esta hora (UTC) se repite, con el mismo webhook-id.
webhook-replay-since-submit = Reenviar fallidos
webhook-replay-since-invalid = Escriba una fecha y una hora.
webhook-older = Envíos anteriores
webhook-delete = Eliminar el endpoint
webhook-deleted = El endpoint se ha eliminado.
webhook-disabled-subject = Endpoint de webhook desactivado: { $url }
webhook-disabled-gone = El endpoint { $url } respondió 410 Gone, así que el portal lo desactivó.
webhook-disabled-failing = Todos los envíos a { $url } llevan cinco días fallando, así que el portal lo desactivó.
webhook-disabled-kept = No se pierde ningún evento: lo que espera se entrega cuando vuelva a activar el endpoint, y los envíos fallidos se pueden reenviar desde su página.
webhook-disabled-open = Abrir el endpoint
webhook-event-deal-submitted = se envió una oportunidad a revisión
webhook-event-deal-approved = se aprobó una oportunidad
webhook-event-deal-rejected = se rechazó una oportunidad
webhook-event-deal-info-requested = se pidió más información sobre una oportunidad
webhook-event-deal-won = se ganó una oportunidad
webhook-event-deal-lost = se perdió una oportunidad
webhook-event-deal-expired = venció la protección de una oportunidad
webhook-event-partner-created = se añadió una organización partner
webhook-event-partner-updated = cambió una organización partner
webhook-event-partner-suspended = se suspendió una organización partner
webhook-event-application-received = una empresa solicitó ser partner
webhook-event-user-invited = se invitó a alguien
webhook-event-campaign-started = empezó una campaña
webhook-event-campaign-activated = un partner activó una campaña

## The API and webhook reference (/api/reference)
api-reference = Referencia de la API y los webhooks
api-reference-intro = Cada llamada de la API de este portal y cada evento que envía, tal como los describe su documento OpenAPI.
api-reference-document = El documento OpenAPI
api-reference-auth = Las llamadas necesitan un token creado en Administración → API, enviado como Authorization: Bearer ptk_…. Los importes son enteros en la unidad mínima con una moneda ISO 4217; las horas son RFC 3339 en UTC; los errores son application/problem+json.
api-reference-calls = Llamadas
api-reference-parameters = Parámetros
api-reference-body = Cuerpo
api-reference-responses = Respuestas
api-reference-field = Campo
api-reference-type = Tipo
api-reference-required = Obligatorio
api-reference-yes = sí
api-reference-in = En
api-reference-description = Descripción
api-reference-status = Estado
api-reference-webhooks = Webhooks
api-reference-webhooks-intro = Cada evento se envía en JSON con type, timestamp y data, y las cabeceras webhook-id, webhook-timestamp y webhook-signature. Compruebe la firma con la clave del endpoint y responda 2xx en menos de 15 segundos. Las demás respuestas se reintentan enseguida y después a los 5 segundos, 5 minutos, 30 minutos, 2, 5, 10, 14 y 20 horas y un día; 410 desactiva el endpoint.
api-reference-objects = Objetos

## Formación: cursos que crean los editores (/admin/courses)
nav-training = Formación
breadcrumbs = Ruta de navegación
form-number-range = Introduzca un número entero entre { $min } y { $max }.
upload-choose-file = Elija un archivo para subir.
courses-title = Cursos
courses-intro = Cursos que realizan los partners para conocer sus productos. Redacte cada texto en todos los idiomas que ofrece; los partners cuyo idioma falte verán su idioma predeterminado.
courses-add = Añadir un curso
courses-add-submit = Añadir el curso
courses-empty = Todavía no hay cursos. Añada uno para empezar la formación de sus partners.
course-title = Título
course-summary = Resumen
course-summary-hint = Una o dos frases que los partners ven en el catálogo.
course-status = Estado
course-status-hint = Los partners ven un curso en cuanto se publica. Un curso archivado deja de ofrecerse; sus certificados siguen siendo válidos.
course-status-draft = Borrador
course-status-published = Publicado
course-status-archived = Archivado
course-lessons = Lecciones
course-questions = Preguntas
course-languages = Idiomas
course-all-languages = Completo
course-missing-in = Falta: { $language }
course-locale-hint = El idioma en el que redacta este primer texto. Añada los demás en la página del curso.
course-starts-as-draft = Un curso nuevo empieza como borrador: los partners lo verán cuando usted lo publique.
course-duration = Duración estimada (minutos)
course-duration-hint = Opcional. Cuánto dura el curso, tal como lo ven los partners.
course-validity = Validez del certificado (meses)
course-validity-hint = Vacío: el certificado no caduca nunca.
course-validity-none = No caduca nunca
course-pass-mark = Nota para aprobar (%)
course-pass-mark-hint = El porcentaje de preguntas del cuestionario que hay que acertar para aprobar.
course-attempts = Intentos permitidos
course-attempts-hint = Vacío: ilimitados.
course-shuffle = Mezclar las preguntas en cada intento
course-reveal = Mostrar las respuestas correctas después de cada intento
course-reveal-hint = Si no, los partners solo saben qué preguntas han fallado hasta que aprueban o se quedan sin intentos.
course-tiers = Niveles que lo ven
course-tiers-hint = Ninguno marcado: todos los niveles.
course-created = El curso se ha añadido como borrador.
course-texts-in = Textos ({ $language })
course-settings = Ajustes
course-cover = Imagen de portada
course-cover-alt = La imagen de portada del curso
course-no-cover = Todavía no hay imagen de portada.
course-cover-file = Imagen
course-cover-hint = PNG, JPEG o WebP, { $size } como máximo.
course-cover-upload = Subir la portada
course-cover-saved = La imagen de portada se ha guardado.
course-preview-as = Vista previa como partner
course-preview-tier = Nivel de partner
course-preview-open = Mostrar la vista previa
course-preview-visible = Los partners del nivel { $tier } ven este curso.
course-preview-hidden = Los partners del nivel { $tier } no ven este curso: no está publicado o no es para su nivel.
course-problems = Antes de poder publicar este curso:
course-problem-default-text = Póngale un título en el idioma predeterminado del portal ({ $language }).
course-problem-no-lessons = Añada al menos una lección.
course-problem-few-options = La pregunta { $number } necesita al menos dos opciones.
course-problem-no-right-option = La pregunta { $number } no tiene ninguna opción correcta.
course-problem-several-right = La pregunta { $number } admite una sola respuesta, pero tiene varias opciones correctas.
course-cannot-publish = Este curso aún no se puede publicar; consulte arriba lo que le falta.
course-published-told = El curso está publicado. Usuarios de partners avisados: { $count }.
course-no-lessons = Todavía no hay lecciones.
course-move-up = Subir
course-move-down = Bajar
course-move-up-label = Subir «{ $title }»
course-move-down-label = Bajar «{ $title }»
course-remove = Quitar
course-remove-label = Quitar «{ $title }»
course-quiz = Cuestionario
course-quiz-intro = Los partners hacen el cuestionario después de la última lección. Si no hay preguntas, el curso se completa al terminar las lecciones.
course-no-questions = Sin preguntas: el curso no tiene cuestionario.
course-lesson-count = { $count ->
    [one] una lección
   *[other] { $n } lecciones
}
course-question-count = { $count ->
    [one] una pregunta
   *[other] { $n } preguntas
}
course-minutes = { $count ->
    [one] un minuto
   *[other] { $n } minutos
}
course-months = { $count ->
    [one] un mes
   *[other] { $n } meses
}

## Lecciones
lesson-add = Añadir una lección
lesson-add-submit = Añadir la lección
lesson-added = La lección se ha añadido. Redacte aquí su texto.
lesson-title = Título
lesson-untitled = Lección sin título
lesson-body = Texto (Markdown)
lesson-body-hint = Markdown: # títulos, **negrita**, *cursiva*, - listas, [enlaces](https://…), tablas. Imágenes de los archivos de esta lección o de direcciones https.
lesson-video = Enlace al vídeo
lesson-video-hint = Opcional, https. Los vídeos de YouTube y Vimeo se reproducen en la página; las demás direcciones se muestran como enlace.
form-invalid-https = Introduzca una dirección https, como https://www.youtube.com/watch?v=…
lesson-preview-button = Mostrar la vista previa
lesson-live-preview = Vista previa
lesson-live-preview-hint = Lo que verán los partners, actualizado mientras escribe.
lesson-files = Archivos
lesson-files-hint = PDF e imágenes que los partners pueden abrir. Para mostrar una imagen en el texto, copie su línea en el texto.
lesson-no-files = Todavía no hay archivos.
lesson-file = Archivo
lesson-file-hint = PDF, PNG, JPEG o WebP, { $size } como máximo.
lesson-file-upload = Subir el archivo
lesson-file-use = En el texto:
lesson-file-added = El archivo se ha añadido.
lesson-file-removed = El archivo se ha quitado.
lesson-moved = La lección se ha movido.
lesson-last-of-published = Un curso publicado conserva al menos una lección. Añada primero otra lección o archive el curso.
lesson-removed = La lección se ha quitado.
lesson-video-frame = Vídeo: { $title }
lesson-watch-video = Ver el vídeo
lesson-position = Lección { $number } de { $total }
lesson-pager = Lecciones
lesson-done-next = Hecho — siguiente lección
lesson-done-quiz = Hecho — ir al cuestionario
lesson-done-finish = Hecho — terminar el curso

## Cuestionario
quiz-add-question = Añadir una pregunta
quiz-question-number = Pregunta { $number }
quiz-prompt = Pregunta
quiz-multiple = Puede haber varias respuestas correctas
quiz-options = Opciones
quiz-options-hint = Marque todas las opciones correctas. Deje vacía una fila nueva para omitirla.
quiz-new-option = Nueva opción
quiz-option-number = Opción { $number }
quiz-option-original = En el idioma predeterminado: { $text }
quiz-option-right = Respuesta correcta
quiz-option-remove = Quitar esta opción
quiz-explanation = Explicación
quiz-explanation-hint = Opcional. Aparece con el resultado cuando se muestran las respuestas correctas.
quiz-option-needs-text = Cada opción necesita un texto en este idioma.
quiz-two-options = Una pregunta necesita al menos dos opciones.
quiz-tick-right = Marque la opción correcta.
quiz-one-right = Solo una opción puede ser correcta. Marque «Puede haber varias respuestas correctas» para permitir más.
quiz-question-added = La pregunta se ha añadido.
quiz-question-moved = La pregunta se ha movido.
quiz-question-removed = La pregunta se ha quitado.
quiz-kind-single = una respuesta
quiz-kind-multiple = varias respuestas
quiz-title = Cuestionario
quiz-pass-mark-line = Nota para aprobar: { $percent } %
quiz-pick-one = Elija una respuesta.
quiz-pick-several = Elija todas las respuestas correctas.
quiz-submit = Enviar mis respuestas
quiz-start = Empezar el cuestionario
quiz-continue = Continuar el cuestionario
quiz-retake = Volver a intentarlo
quiz-back-to-course = Volver al curso
quiz-see-certificate = Ver mi certificado
quiz-attempts-left = Intentos usados: { $used }. Intentos restantes: { $left }.
quiz-attempts-unlimited = Intentos usados: { $used }. Sin límite.
quiz-passed-state = Aprobado
quiz-result-title = Su resultado
quiz-passed = Ha aprobado.
quiz-failed = Esta vez no ha aprobado.
quiz-score = Ha obtenido un { $score } %; para aprobar se necesita un { $mark } %.
quiz-right-of = { $right } de { $total } preguntas correctas.
quiz-right = Correcta
quiz-wrong = Incorrecta
quiz-your-answer = su respuesta
quiz-right-answer = respuesta correcta
quiz-answers-hidden = Las respuestas correctas se muestran cuando aprueba o se queda sin intentos.
quiz-answer-this = Responda a esta pregunta.
quiz-one-answer-only = Aquí elija solo una respuesta.
quiz-passed-flash = Enhorabuena: ha aprobado el cuestionario.
quiz-failed-flash = Esta vez no ha aprobado. Consulte qué preguntas ha fallado.
quiz-refused-lessons-first = Termine todas las lecciones para hacer el cuestionario.
quiz-refused-passed = Ya ha aprobado este cuestionario. Renueve el curso para volver a hacerlo.
quiz-refused-no-attempts = No le quedan intentos para este cuestionario. Pida ayuda a su contacto en el proveedor.
quiz-refused-already-submitted = Este intento ya se había enviado; cuentan sus primeras respuestas.
quiz-refused-forged = Estas respuestas no pertenecen a este cuestionario. No se ha registrado nada.
quiz-refused-unanswered = { $count ->
    [one] Una pregunta aún no tiene respuesta.
   *[other] { $n } preguntas aún no tienen respuesta.
}
quiz-refused-several = Una pregunta que admite una sola respuesta tiene varias.

## Realizar cursos (/training)
training-title = Formación
training-intro = Cursos para su nivel. Termine un curso (y su cuestionario) para obtener un certificado que cualquiera puede verificar.
training-search = Buscar cursos
training-filter-status = Su progreso
training-filter-any = Cualquiera
training-filter-apply = Mostrar
training-filter-clear = Borrar los filtros
training-empty = Todavía no hay cursos para su nivel.
training-none-match = Ningún curso coincide con estos filtros.
training-progress = Progreso
training-percent = { $percent } %
training-enrol = Empezar este curso
training-enrolled = Se ha inscrito. Aquí tiene la primera lección.
training-enrol-first = Empiece primero el curso.
training-start = Abrir la primera lección
training-resume = Continuar donde lo dejó
training-lesson-done = Lección terminada.
training-lessons-done = Ha terminado todas las lecciones.
training-lesson-done-badge = Terminada
training-certified = Enhorabuena: ha completado el curso. Aquí tiene su certificado.
training-certificate-after = Complete el curso para obtener su certificado.
training-renew = Renovar mi certificado
training-renew-hint = Vuelva a hacer el curso (su cuestionario, o sus lecciones si no tiene) para renovar su certificado antes o después de que caduque.
training-renewal-open = Renovación iniciada: vuelva a completar el curso para recibir el certificado renovado.
training-renewal-started = Renovación iniciada. Vuelva a completar el curso para renovar su certificado.
training-renew-nothing = Todavía no hay ningún certificado de este curso que renovar.
training-my-certificates = Mis certificados
training-no-certificates = Todavía no hay certificados.
learner-status-not_started = Sin empezar
learner-status-in_progress = En curso
learner-status-completed = Completado
learner-status-certified = Certificado
learner-status-expiring = Caduca pronto

## Certificados
cert-title = Certificado
cert-heading = Certificado de finalización
cert-certifies = Se certifica que
cert-completed = ha completado el curso
cert-issued = Emitido
cert-expires = Caduca
cert-status = Estado
cert-never-expires = No caduca
cert-issued-on = Emitido el { $date }
cert-expires-on = caduca el { $date }
cert-status-active = Vigente
cert-status-expiring = Caduca pronto
cert-status-expired = Caducado
cert-status-renewed = Renovado
cert-status-revoked = Revocado
cert-banner-expiring = Este certificado caduca en los próximos 30 días. Renuévelo volviendo a hacer el curso.
cert-banner-expired = Este certificado ha caducado.
cert-banner-renewed = Este certificado se ha renovado; lo sustituye otro más reciente.
cert-banner-revoked = Este certificado se ha revocado.
cert-banner-active = Este certificado es válido.
cert-revoked-reason = Motivo: { $reason }
cert-verify-at = Compruebe este certificado en
cert-qr-label = Código QR de la dirección de verificación
cert-print = Imprimir
cert-print-hint = Se imprime en una sola página, A4 o Letter, sin los menús del portal.
cert-download-credential = Descargar la credencial digital
cert-credential-hint = Una credencial Open Badges 3.0 firmada por este portal: añádala a una cartera digital o compártala; cualquiera puede comprobar su firma y si se ha revocado.
cert-open-verification = Abrir la página de verificación
cert-renews = Este certificado renueva el anterior:
cert-renewed-by = Renovado por el siguiente:
cert-revoke-title = Revocar este certificado
cert-revoke-reason = Motivo
cert-revoke-hint = Se muestra al titular y en el certificado. La revocación no se puede deshacer; el titular puede obtener uno nuevo.
cert-revoke = Revocar el certificado
cert-revoked-flash = El certificado se ha revocado.
cert-already-revoked = Este certificado ya estaba revocado.
credential-criteria-quiz = Ha completado todas las lecciones del curso y ha aprobado su cuestionario con al menos un { $mark } %.
credential-criteria-lessons = Ha completado todas las lecciones del curso.
credential-description = Ha completado el curso { $course }.
verify-title = Verificación del certificado
verify-valid = Este certificado es válido.
verify-holder = Titular
verify-organisation = Organización
verify-course = Curso
verify-vendor = Emitido por
verify-explainer = Esta página es la dirección propia del certificado; solo muestra lo que dice el certificado y si sigue vigente.

## Informes de formación (/training/reports)
reports-title = Informes de formación
reports-intro-staff = Quién ha hecho qué curso y en qué punto está, en todas las organizaciones partner.
reports-intro-partner = Quién de su organización ha hecho qué curso y en qué punto está.
reports-own-organisation = Informes de formación de su organización
reports-views = Vistas del informe
reports-by-course = Por curso
reports-by-organisation = Por organización
reports-by-person = Por persona
reports-csv = Descargar como CSV
reports-empty = No hay nada que mostrar con estos filtros.
report-course = Curso
report-organisation = Organización
report-person = Persona
report-email = Correo electrónico
report-status = Estado
report-progress = Progreso
report-enrolled = Inscripción
report-search = Nombre o correo electrónico de la persona
report-status-in_progress = En curso
report-status-completed = Completado
report-status-certified = Certificado
report-status-expiring = Caduca pronto
report-status-expired = Caducado

## Requisitos de certificación (/admin/certification, /organisation)
certification-title = Certificación
certification-intro = Lo que cada nivel exige a sus organizaciones partner: un número de personas con el certificado de un curso. Las organizaciones cuyos certificados van a caducar se muestran en riesgo.
certification-at-risk = Organizaciones en riesgo
certification-none-at-risk = Todas las organizaciones cumplen los requisitos de su nivel.
certification-tier = Nivel
certification-holders-of = { $holders } de { $needed }
certification-requirements = Requisitos por nivel
certification-tier-none = Sin requisitos.
certification-requirement-line = { $people } × certificados en { $course }
certification-no-courses = Añada primero un curso.
certification-add = Añadir o cambiar un requisito
certification-add-submit = Guardar el requisito
certification-people = Personas necesarias
certification-people-hint = Cuántas personas de cada organización deben tener el certificado.
certification-settings = Periodos de gracia y verificación
certification-grace = Periodo de gracia para { $tier } (días)
certification-grace-hint = Una organización está en riesgo cuando un certificado necesario caduca dentro de ese número de días.
certification-show-organisation = Las páginas de verificación muestran la organización del titular
certification-show-organisation-hint = Desactivado: solo muestran el titular, el curso, el proveedor, las fechas y el estado.
requirement-saved = El requisito se ha guardado.
requirement-removed = El requisito se ha quitado.
compliance-met = Cumplido
compliance-at_risk = En riesgo
compliance-unmet = No cumplido
org-certification = Certificación que exige su nivel
org-certification-intro = Mantenga suficientes personas certificadas para conservar su nivel. Los certificados que caducan pronto lo ponen en riesgo.
org-certification-needed = Personas necesarias
org-certification-holders = Certificadas ahora
org-certification-expires = Un certificado caduca el { $date }

## Avisos (en el portal y por correo)
notify-course-published = Hay un nuevo curso disponible: { $title }
notify-certificate-expiring = Su certificado de { $course } caduca el { $date }. Vuelva a hacer el curso para renovarlo.
notify-certificate-expired = Su certificado de { $course } caducó el { $date }. Vuelva a hacer el curso para renovarlo.

## Inicio (panel de cada rol)
home-fallback-welcome-no-campaigns = Este es el portal de partners de { $vendor }. Aquí los partners registran oportunidades y realizan formaciones.
dash-title = Inicio
dash-greeting = Hola, { $name }
dash-needs-action = Oportunidades que requieren su atención
dash-needs-action-none = No tiene nada pendiente. Aquí aparecen las oportunidades que su proveedor le devuelva.
dash-open-deals = { $count ->
    [one] una oportunidad abierta
   *[other] { $n } oportunidades abiertas
}
dash-protections-ending = Protecciones a punto de caducar
dash-protections-none = Ninguna protección caduca en los próximos 30 días.
dash-protected-until = protegida hasta el { $date }
dash-recent-decisions = Decisiones recientes
dash-decisions-none = Todavía no hay decisiones.
dash-standing = Su situación
dash-won-this-year = Ganadas este año
dash-won-deals = { $count ->
    [one] una oportunidad
   *[other] { $n } oportunidades
}
dash-certified-people = Personas certificadas
dash-requirement = { $course }: { $holders }
dash-next-tier = Para alcanzar el nivel { $tier }
dash-next-tier-ask = Su responsable de canal puede indicarle qué hace falta para subir de nivel.
dash-training-none = No hay ningún curso en marcha ni ningún certificado a punto de caducar.
dash-expiring-certificates = Certificados a punto de caducar
dash-to-training = Ver el catálogo de formación
dash-all-notifications = Todas las notificaciones
dash-people = Su equipo
dash-active-people = { $count ->
    [one] una persona activa
   *[other] { $n } personas activas
}
dash-invited = Invitados que aún no han iniciado sesión
dash-figures = Su programa hoy
dash-queue = Oportunidades pendientes de revisión
dash-oldest = la más antigua espera { $age }
dash-days-ago = { $count ->
    [0] desde hoy
    [one] desde hace un día
   *[other] desde hace { $n } días
}
dash-conflicts = Posibles conflictos
dash-applications = Solicitudes de partners
dash-protections-soon = Protecciones que caducan en 30 días
dash-pipeline = Pipeline de este trimestre
dash-since = Oportunidades registradas desde el { $date }
dash-pipeline-none = Todavía no se ha registrado ninguna oportunidad este trimestre.
dash-your-content = Su contenido
dash-missing-texts = Falta la traducción
dash-enrolled-month = Inscripciones este mes
dash-certified-month = Certificados este mes
dash-assets-published = Publicados
dash-assets-draft = Borradores
setup-title = Configurar su portal
setup-all-done = Todo está configurado. Sus partners tienen todo lo que necesitan.
setup-progress = { $done } de { $total } pasos completados
setup-done = Completado
setup-to-do = Pendiente
setup-branding = Añadir su logotipo y sus colores
setup-branding-hint = Los partners ven su marca en todas las páginas y en todos los correos.
setup-languages = Elegir sus idiomas
setup-languages-hint = Ofrezca el portal en los idiomas que hablan sus partners.
setup-products = Añadir sus productos
setup-products-hint = Los partners los eligen al registrar una oportunidad.
setup-tiers = Revisar sus niveles de partner
setup-tiers-hint = Los niveles determinan los periodos de protección, los descuentos y lo que ven los partners.
setup-sign-in = Conectar su proveedor de identidad
setup-sign-in-hint = Permita que su personal y sus partners inicien sesión con su propio proveedor de identidad.
setup-team = Invitar a su equipo
setup-team-hint = Los responsables de canal revisan las oportunidades; los editores de contenido redactan cursos y campañas.
setup-first-partner = Invitar a su primer partner
setup-first-partner-hint = Invite a una organización partner o apruebe una solicitud.

## Moneda de informes y tipos de cambio
money-converted = { $value } (convertido)
analytics-unvalued = { $count ->
    [one] una oportunidad sin tipo de cambio
   *[other] { $n } oportunidades sin tipo de cambio
}
analytics-range = Periodo
analytics-all-time = Mostrar todo el periodo
analytics-total-value = Valor: { $value }.
analytics-converted-at = Valores en { $currency }, convertidos según sus tipos de cambio (el más antiguo, del { $date }).
analytics-in-currency = Valores en { $currency }.
analytics-value = Valor ({ $currency }, convertido)
dash-of = { $have } de { $need }
dash-needs-won-value = Valor ganado este año: { $progress }
dash-needs-won-deals = Oportunidades ganadas este año: { $progress }
dash-won-deals-label = Oportunidades ganadas este año
tiers-min-won-value = Valor ganado al año requerido ({ $currency })
tiers-min-won-deals = Oportunidades ganadas al año requeridas
tiers-invalid-amount = Introduzca un importe en { $currency }, como 25000 o 25.000,50.
tiers-currency-hint = Los importes están en { $currency }, su moneda de informes: las oportunidades en otras monedas se comparan según sus tipos de cambio.
currency-title = Moneda y tipos de cambio
currency-intro = Las oportunidades conservan la moneda en la que se registraron. Las cifras globales de las oportunidades —orden por valor, filtros de valor, análisis, umbrales de nivel y situación de los partners— se expresan en una única moneda de informes, convertidas según los tipos de cambio que mantenga aquí.
currency-reporting = Moneda de informes
currency-reporting-hint = Si la cambia, sus tipos de cambio se recalculan a través de la moneda de informes actual cuando la nueva tiene tipo de cambio; en caso contrario, se eliminan.
currency-reporting-save = Cambiar la moneda de informes
currency-invalid = Elija una de las monedas de la lista.
currency-rates = Tipos de cambio
currency-rates-hint = Para cada moneda: cuánto vale una unidad en { $reporting } y la fecha del tipo de cambio. Deje un tipo de cambio vacío para eliminarlo.
currency-unconverted = { $count ->
    [one] Una oportunidad está en una moneda sin tipo de cambio: se incluye en las cifras globales, pero no se valora.
   *[other] { $n } oportunidades están en monedas sin tipo de cambio: se incluyen en las cifras globales, pero no se valoran.
}
currency-currency = Moneda
currency-rate = Tipo de cambio
currency-as-of = Fecha del tipo de cambio
currency-as-of-of = Fecha del tipo de cambio de { $currency }
currency-one-unit = 1 { $currency } en { $reporting }
currency-deals = { $count ->
    [one] una oportunidad
   *[other] { $n } oportunidades
}
currency-rate-invalid = Introduzca el tipo de cambio de { $currency } como un número mayor que 0, por ejemplo, 1,0842.
currency-date-invalid = Introduzca la fecha del tipo de cambio de { $currency }: hoy o una fecha anterior.
currency-rates-save = Guardar los tipos de cambio
