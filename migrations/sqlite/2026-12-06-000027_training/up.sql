-- Training: courses (texts per locale, the tiers that see them, a cover),
-- lessons in order (Markdown per locale, a video link, attached files), a
-- quiz (questions and options with texts per locale), what partners did
-- (enrolments, lesson progress, attempts with the questions they were asked
-- and the options they chose), the certificates they earned (a public id
-- for the verification page, an index into the tenant's status list), the
-- keys credentials are signed with (sealed at rest), and the certificates a
-- tier asks its partners to hold.
CREATE TABLE courses (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'draft',
    cover_file_id BIGINT,
    duration_minutes INTEGER,
    -- Empty: the certificate never expires.
    validity_months INTEGER,
    pass_mark INTEGER NOT NULL DEFAULT 80,
    -- Empty: unlimited.
    max_attempts INTEGER,
    shuffle INTEGER NOT NULL DEFAULT 0,
    -- 1: correct answers and explanations after every attempt; 0: only once
    -- no attempt remains or the quiz is passed.
    reveal_answers INTEGER NOT NULL DEFAULT 0,
    -- The first publication (the partners of its tiers were told then).
    published_at TIMESTAMP,
    created_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, cover_file_id) REFERENCES stored_files (tenant_id, id)
);
CREATE INDEX courses_tenant ON courses (tenant_id, status, updated_at);

CREATE TABLE course_texts (
    tenant_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, course_id, locale),
    FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE course_tiers (
    tenant_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    tier_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, course_id, tier_id),
    FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, tier_id) REFERENCES tiers (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE lessons (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    video_url TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX lessons_course ON lessons (tenant_id, course_id, position);

CREATE TABLE lesson_texts (
    tenant_id BIGINT NOT NULL,
    lesson_id BIGINT NOT NULL,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, lesson_id, locale),
    FOREIGN KEY (tenant_id, lesson_id) REFERENCES lessons (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE lesson_files (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    lesson_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, lesson_id) REFERENCES lessons (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, file_id) REFERENCES stored_files (tenant_id, id)
);
CREATE INDEX lesson_files_lesson ON lesson_files (tenant_id, lesson_id);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    -- 1: several options may be right (tick every right one).
    multiple INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX questions_course ON questions (tenant_id, course_id, position);

CREATE TABLE question_texts (
    tenant_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    locale TEXT NOT NULL,
    prompt TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, question_id, locale),
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE question_options (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    correct INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX question_options_question ON question_options (tenant_id, question_id, position);

CREATE TABLE option_texts (
    tenant_id BIGINT NOT NULL,
    option_id BIGINT NOT NULL,
    locale TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (tenant_id, option_id, locale),
    FOREIGN KEY (tenant_id, option_id) REFERENCES question_options (tenant_id, id) ON DELETE CASCADE
);

-- One per person and course. `cycle` counts renewals: attempts (and, for a
-- course without a quiz, lesson progress) count within the current cycle.
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    cycle INTEGER NOT NULL DEFAULT 1,
    enrolled_at TIMESTAMP NOT NULL,
    -- When the course was last completed (passed), and in which cycle.
    completed_at TIMESTAMP,
    completed_cycle INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, course_id, user_id),
    FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisations (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX enrolments_org ON enrolments (tenant_id, organisation_id, course_id);

CREATE TABLE lesson_progress (
    tenant_id BIGINT NOT NULL,
    enrolment_id BIGINT NOT NULL,
    lesson_id BIGINT NOT NULL,
    visited_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    PRIMARY KEY (tenant_id, enrolment_id, lesson_id),
    FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolments (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, lesson_id) REFERENCES lessons (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE quiz_attempts (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    enrolment_id BIGINT NOT NULL,
    cycle INTEGER NOT NULL,
    started_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    -- Percent of questions right, once submitted.
    score INTEGER,
    passed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolments (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX quiz_attempts_enrolment ON quiz_attempts (tenant_id, enrolment_id, cycle);
-- At most one open attempt per enrolment (two clicks racing make one).
CREATE UNIQUE INDEX quiz_attempts_open ON quiz_attempts (tenant_id, enrolment_id) WHERE submitted_at IS NULL;

-- The questions an attempt asked, in the order asked, and whether each was
-- answered right (kept as graded, whatever the quiz becomes later).
CREATE TABLE attempt_questions (
    tenant_id BIGINT NOT NULL,
    attempt_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    correct INTEGER,
    PRIMARY KEY (tenant_id, attempt_id, question_id),
    FOREIGN KEY (tenant_id, attempt_id) REFERENCES quiz_attempts (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE attempt_answers (
    tenant_id BIGINT NOT NULL,
    attempt_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    option_id BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, attempt_id, question_id, option_id),
    FOREIGN KEY (tenant_id, attempt_id) REFERENCES quiz_attempts (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, option_id) REFERENCES question_options (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE certificates (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    -- The unguessable part of the public verification address.
    public_id TEXT NOT NULL,
    course_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    holder_name TEXT NOT NULL,
    issued_on DATE NOT NULL,
    expires_on DATE,
    -- This certificate's bit in the tenant's revocation list.
    status_index INTEGER NOT NULL,
    -- The certificate this one renews.
    renews_id BIGINT,
    revoked_at TIMESTAMP,
    revoked_reason TEXT NOT NULL DEFAULT '',
    revoked_by BIGINT,
    -- Expiry reminders sent: 1 (30 days before), 2 (7 days), 3 (on expiry).
    reminder_stage INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, public_id),
    UNIQUE (tenant_id, status_index),
    FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisations (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, renews_id) REFERENCES certificates (tenant_id, id)
);
CREATE INDEX certificates_course ON certificates (tenant_id, course_id, organisation_id);
CREATE INDEX certificates_user ON certificates (tenant_id, user_id);
CREATE INDEX certificates_expiry ON certificates (expires_on, reminder_stage);

-- The keys a tenant signs credentials with: the public half as a JWK, the
-- private half sealed with the server's secret.
CREATE TABLE credential_keys (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kid TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kid)
);

-- A tenant's status lists (W3C Bitstring Status List): what each is for and
-- how many bits it has; certificates take a random free index in it.
CREATE TABLE credential_status_lists (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    size INTEGER NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, purpose)
);

-- A tier asks each partner organisation in it for `people` holders of a
-- certificate of a course; a certificate expiring within the tier's grace
-- period puts the organisation at risk.
CREATE TABLE tier_requirements (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    tier_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    people INTEGER NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, tier_id, course_id),
    FOREIGN KEY (tenant_id, tier_id) REFERENCES tiers (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, course_id) REFERENCES courses (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE tiers ADD COLUMN grace_days INTEGER NOT NULL DEFAULT 30;
-- Whether a certificate's public verification page names the holder's
-- organisation (off: holder, course, vendor and dates only).
ALTER TABLE tenant_settings ADD COLUMN verify_shows_organisation INTEGER NOT NULL DEFAULT 0;
