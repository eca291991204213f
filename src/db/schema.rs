//! Table definitions shared by both backends (written by hand to match
//! `migrations/sqlite` and `migrations/postgres`).

diesel::table! {
    tenants (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        status -> Text,
        plan -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        suspended_at -> Nullable<Timestamp>,
        deleted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        tenant_id -> Nullable<BigInt>,
        actor_kind -> Text,
        actor_id -> Nullable<BigInt>,
        actor_label -> Text,
        action -> Text,
        target_type -> Text,
        target_id -> Text,
        changes -> Text,
        client_address -> Text,
        user_agent -> Text,
        request_id -> Text,
        created_at -> Timestamp,
        prev_hash -> Text,
        row_hash -> Text,
    }
}

diesel::table! {
    tenant_settings (tenant_id) {
        tenant_id -> BigInt,
        portal_name -> Text,
        primary_color -> Text,
        accent_color -> Text,
        logo_path -> Nullable<Text>,
        logo_mime -> Nullable<Text>,
        mail_sender_name -> Text,
        default_locale -> Text,
        enabled_locales -> Text,
        footer_links -> Text,
        max_drafts_per_user -> Integer,
        updated_at -> Timestamp,
        review_target_days -> Integer,
        verify_shows_organisation -> Integer,
        reporting_currency -> Text,
    }
}

diesel::table! {
    exchange_rates (tenant_id, currency) {
        tenant_id -> BigInt,
        currency -> Text,
        rate_e9 -> BigInt,
        as_of -> Date,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    tenant_welcome (tenant_id, locale) {
        tenant_id -> BigInt,
        locale -> Text,
        body -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    string_overrides (tenant_id, locale, message_id) {
        tenant_id -> BigInt,
        locale -> Text,
        message_id -> Text,
        value -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    tiers (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        name -> Text,
        rank -> Integer,
        protection_days -> Integer,
        max_open_deals -> Integer,
        created_at -> Timestamp,
        auto_approve_hundredths -> BigInt,
        grace_days -> Integer,
        min_won_value -> BigInt,
        min_won_deals -> Integer,
    }
}

diesel::table! {
    organisations (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        kind -> Text,
        name -> Text,
        website -> Nullable<Text>,
        country -> Nullable<Text>,
        tier_id -> Nullable<BigInt>,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        email_domains -> Text,
        contact_name -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        logo_file_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        organisation_id -> BigInt,
        email -> Text,
        display_name -> Text,
        role -> Text,
        status -> Text,
        locale -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        password_hash -> Nullable<Text>,
        last_sign_in_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    mail_outbox (id) {
        id -> BigInt,
        tenant_id -> Nullable<BigInt>,
        recipient_user_id -> Nullable<BigInt>,
        to_address -> Text,
        to_name -> Text,
        from_name -> Text,
        kind -> Text,
        locale -> Text,
        payload -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        unsubscribe_url -> Nullable<Text>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        lease_owner -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        message_id -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        tenant_id -> Nullable<BigInt>,
        user_id -> Nullable<BigInt>,
        operator_id -> Nullable<BigInt>,
        state -> Text,
        expires_at -> Timestamp,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    password_resets (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_failures (id) {
        id -> BigInt,
        tenant_id -> Nullable<BigInt>,
        throttle_key -> Text,
        failed_at -> Timestamp,
    }
}

diesel::table! {
    identity_providers (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        name -> Text,
        issuer -> Text,
        client_id -> Text,
        client_secret_enc -> Text,
        scopes -> Text,
        email_domains -> Text,
        organisation_id -> BigInt,
        jit_enabled -> Integer,
        default_role -> Text,
        sso_required -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    user_identities (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        user_id -> BigInt,
        provider_id -> BigInt,
        issuer -> Text,
        subject -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    operators (id) {
        id -> BigInt,
        email -> Text,
        created_at -> Timestamp,
        last_sign_in_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    operator_tokens (id) {
        id -> BigInt,
        operator_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    products (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        name -> Text,
        sku -> Text,
        active -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    deals (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        public_id -> Text,
        partner_org_id -> BigInt,
        submitted_by -> BigInt,
        customer_company -> Text,
        company_key -> Text,
        customer_domain -> Text,
        domain_key -> Text,
        country -> Text,
        contact_name -> Text,
        contact_email -> Text,
        value_minor -> BigInt,
        currency -> Text,
        expected_close -> Date,
        description -> Text,
        status -> Text,
        needs_review -> Integer,
        protected_until -> Nullable<Timestamp>,
        extension_requested -> Integer,
        expiry_warned -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        decided_at -> Nullable<Timestamp>,
        value_reporting -> BigInt,
    }
}

diesel::table! {
    deal_products (deal_id, product_id) {
        tenant_id -> BigInt,
        deal_id -> BigInt,
        product_id -> BigInt,
    }
}

diesel::table! {
    deal_events (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        deal_id -> BigInt,
        actor_user_id -> Nullable<BigInt>,
        action -> Text,
        from_status -> Nullable<Text>,
        to_status -> Nullable<Text>,
        comment -> Text,
        created_at -> Timestamp,
        via_token -> Nullable<Text>,
        internal_note -> Text,
    }
}

diesel::table! {
    notifications (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        user_id -> BigInt,
        message_key -> Text,
        args -> Text,
        link -> Text,
        read_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    partner_applications (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        company -> Text,
        website -> Text,
        country -> Text,
        contact_name -> Text,
        contact_email -> Text,
        message -> Text,
        status -> Text,
        reason -> Text,
        client_address -> Text,
        created_at -> Timestamp,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    health_probe (id) {
        id -> BigInt,
        filler -> Text,
        checked_at -> Timestamp,
    }
}

diesel::joinable!(tenant_settings -> tenants (tenant_id));
diesel::table! {
    form_keys (tenant_id, form_key) {
        tenant_id -> BigInt,
        form_key -> Text,
        result -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    stored_files (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        storage_key -> Text,
        kind -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        file_name -> Text,
        width -> Nullable<Integer>,
        height -> Nullable<Integer>,
        pages -> Nullable<Integer>,
        thumb_key -> Nullable<Text>,
        thumb_bytes -> BigInt,
        uploaded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    assets (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        kind -> Text,
        status -> Text,
        tags -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    asset_texts (asset_id, locale) {
        tenant_id -> BigInt,
        asset_id -> BigInt,
        locale -> Text,
        title -> Text,
        description -> Text,
    }
}

diesel::table! {
    asset_tiers (asset_id, tier_id) {
        tenant_id -> BigInt,
        asset_id -> BigInt,
        tier_id -> BigInt,
    }
}

diesel::table! {
    asset_versions (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        asset_id -> BigInt,
        number -> Integer,
        locale -> Text,
        file_id -> BigInt,
        note -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        subject -> Text,
        body_text -> Text,
    }
}

diesel::table! {
    asset_downloads (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        asset_id -> BigInt,
        version_id -> BigInt,
        organisation_id -> BigInt,
        user_id -> BigInt,
        created_at -> Timestamp,
        campaign_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    notification_prefs (user_id, category) {
        tenant_id -> BigInt,
        user_id -> BigInt,
        category -> Text,
        email -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    campaigns (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        starts_on -> Date,
        ends_on -> Date,
        draft -> Integer,
        started_notified -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    campaign_texts (campaign_id, locale) {
        tenant_id -> BigInt,
        campaign_id -> BigInt,
        locale -> Text,
        name -> Text,
        description -> Text,
    }
}

diesel::table! {
    campaign_tiers (campaign_id, tier_id) {
        tenant_id -> BigInt,
        campaign_id -> BigInt,
        tier_id -> BigInt,
    }
}

diesel::table! {
    campaign_assets (campaign_id, asset_id) {
        tenant_id -> BigInt,
        campaign_id -> BigInt,
        asset_id -> BigInt,
        position -> Integer,
    }
}

diesel::table! {
    campaign_partners (campaign_id, organisation_id, kind) {
        tenant_id -> BigInt,
        campaign_id -> BigInt,
        organisation_id -> BigInt,
        kind -> Text,
        user_id -> Nullable<BigInt>,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    asset_zones (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        asset_id -> BigInt,
        page -> Integer,
        x -> Integer,
        y -> Integer,
        width -> Integer,
        height -> Integer,
        content -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    landing_pages (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        organisation_id -> BigInt,
        asset_id -> BigInt,
        slug -> Text,
        published -> Integer,
        visits -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    landing_submissions (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        landing_page_id -> BigInt,
        organisation_id -> BigInt,
        name -> Text,
        email -> Text,
        company -> Text,
        message -> Text,
        client_address -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    plans (id) {
        id -> BigInt,
        key -> Text,
        name -> Text,
        max_partners -> Nullable<BigInt>,
        max_users -> Nullable<BigInt>,
        max_storage_bytes -> Nullable<BigInt>,
        max_emails_month -> Nullable<BigInt>,
        feature_sso -> Integer,
        feature_campaigns -> Integer,
        feature_api -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    usage_months (tenant_id, month, metric) {
        tenant_id -> BigInt,
        month -> Text,
        metric -> Text,
        value -> BigInt,
    }
}

diesel::table! {
    usage_alerts (tenant_id, month, metric, threshold) {
        tenant_id -> BigInt,
        month -> Text,
        metric -> Text,
        threshold -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    platform_api_tokens (id) {
        id -> BigInt,
        operator_id -> BigInt,
        name -> Text,
        token_hash -> Text,
        hint -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    idempotency_keys (id) {
        id -> BigInt,
        owner -> Text,
        key -> Text,
        request_hash -> Text,
        status -> Integer,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    export_jobs (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        purpose -> Text,
        requested_by_kind -> Text,
        requested_by_id -> Nullable<BigInt>,
        requested_label -> Text,
        status -> Text,
        storage_key -> Nullable<Text>,
        size_bytes -> BigInt,
        records -> BigInt,
        files -> BigInt,
        error -> Text,
        attempts -> Integer,
        lease_until -> Nullable<Timestamp>,
        created_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        expires_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        name -> Text,
        scope -> Text,
        token_hash -> Text,
        hint -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        expires_at -> Nullable<Timestamp>,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    webhook_endpoints (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        url -> Text,
        description -> Text,
        events -> Text,
        enabled -> Integer,
        secret -> Text,
        previous_secret -> Nullable<Text>,
        previous_until -> Nullable<Timestamp>,
        failing_since -> Nullable<Timestamp>,
        disabled_reason -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    webhook_messages (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        msg_id -> Text,
        event_type -> Text,
        payload -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        endpoint_id -> BigInt,
        message_id -> BigInt,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        lease_owner -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        last_status -> Nullable<Integer>,
        last_latency_ms -> Nullable<Integer>,
        last_response -> Nullable<Text>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        delivered_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    courses (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        status -> Text,
        cover_file_id -> Nullable<BigInt>,
        duration_minutes -> Nullable<Integer>,
        validity_months -> Nullable<Integer>,
        pass_mark -> Integer,
        max_attempts -> Nullable<Integer>,
        shuffle -> Integer,
        reveal_answers -> Integer,
        published_at -> Nullable<Timestamp>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    course_texts (tenant_id, course_id, locale) {
        tenant_id -> BigInt,
        course_id -> BigInt,
        locale -> Text,
        title -> Text,
        summary -> Text,
    }
}

diesel::table! {
    course_tiers (tenant_id, course_id, tier_id) {
        tenant_id -> BigInt,
        course_id -> BigInt,
        tier_id -> BigInt,
    }
}

diesel::table! {
    lessons (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        course_id -> BigInt,
        position -> Integer,
        video_url -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    lesson_texts (tenant_id, lesson_id, locale) {
        tenant_id -> BigInt,
        lesson_id -> BigInt,
        locale -> Text,
        title -> Text,
        body -> Text,
    }
}

diesel::table! {
    lesson_files (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        lesson_id -> BigInt,
        file_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    questions (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        course_id -> BigInt,
        position -> Integer,
        multiple -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    question_texts (tenant_id, question_id, locale) {
        tenant_id -> BigInt,
        question_id -> BigInt,
        locale -> Text,
        prompt -> Text,
        explanation -> Text,
    }
}

diesel::table! {
    question_options (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        question_id -> BigInt,
        position -> Integer,
        correct -> Integer,
    }
}

diesel::table! {
    option_texts (tenant_id, option_id, locale) {
        tenant_id -> BigInt,
        option_id -> BigInt,
        locale -> Text,
        label -> Text,
    }
}

diesel::table! {
    enrolments (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        course_id -> BigInt,
        user_id -> BigInt,
        organisation_id -> BigInt,
        cycle -> Integer,
        enrolled_at -> Timestamp,
        completed_at -> Nullable<Timestamp>,
        completed_cycle -> Integer,
    }
}

diesel::table! {
    lesson_progress (tenant_id, enrolment_id, lesson_id) {
        tenant_id -> BigInt,
        enrolment_id -> BigInt,
        lesson_id -> BigInt,
        visited_at -> Timestamp,
        completed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    quiz_attempts (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        enrolment_id -> BigInt,
        cycle -> Integer,
        started_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        score -> Nullable<Integer>,
        passed -> Integer,
    }
}

diesel::table! {
    attempt_questions (tenant_id, attempt_id, question_id) {
        tenant_id -> BigInt,
        attempt_id -> BigInt,
        question_id -> BigInt,
        position -> Integer,
        correct -> Nullable<Integer>,
    }
}

diesel::table! {
    attempt_answers (tenant_id, attempt_id, question_id, option_id) {
        tenant_id -> BigInt,
        attempt_id -> BigInt,
        question_id -> BigInt,
        option_id -> BigInt,
    }
}

diesel::table! {
    certificates (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        public_id -> Text,
        course_id -> BigInt,
        user_id -> BigInt,
        organisation_id -> BigInt,
        holder_name -> Text,
        issued_on -> Date,
        expires_on -> Nullable<Date>,
        status_index -> Integer,
        renews_id -> Nullable<BigInt>,
        revoked_at -> Nullable<Timestamp>,
        revoked_reason -> Text,
        revoked_by -> Nullable<BigInt>,
        reminder_stage -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    credential_keys (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        kid -> Text,
        public_jwk -> Text,
        private_key -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    credential_status_lists (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        purpose -> Text,
        size -> Integer,
    }
}

diesel::table! {
    tier_requirements (id) {
        id -> BigInt,
        tenant_id -> BigInt,
        tier_id -> BigInt,
        course_id -> BigInt,
        people -> Integer,
    }
}

diesel::joinable!(platform_api_tokens -> operators (operator_id));
diesel::joinable!(webhook_deliveries -> webhook_endpoints (endpoint_id));
diesel::joinable!(webhook_deliveries -> webhook_messages (message_id));

diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    api_tokens,
    export_jobs,
    platform_api_tokens,
    idempotency_keys,
    audit_log,
    plans,
    tenant_settings,
    usage_months,
    usage_alerts,
    tenant_welcome,
    string_overrides,
    tiers,
    organisations,
    users,
    mail_outbox,
    invitations,
    sessions,
    password_resets,
    sign_in_failures,
    identity_providers,
    user_identities,
    operators,
    operator_tokens,
    products,
    deals,
    deal_products,
    deal_events,
    notifications,
    partner_applications,
    stored_files,
    assets,
    asset_texts,
    asset_tiers,
    asset_versions,
    asset_downloads,
    asset_zones,
    landing_pages,
    landing_submissions,
    notification_prefs,
    campaigns,
    campaign_texts,
    campaign_tiers,
    campaign_assets,
    campaign_partners,
    webhook_endpoints,
    webhook_messages,
    webhook_deliveries,
    courses,
    course_texts,
    course_tiers,
    lessons,
    lesson_texts,
    lesson_files,
    questions,
    question_texts,
    question_options,
    option_texts,
    enrolments,
    lesson_progress,
    quiz_attempts,
    attempt_questions,
    attempt_answers,
    certificates,
    credential_keys,
    credential_status_lists,
    tier_requirements,
    exchange_rates,
);
