DROP TABLE invitations;
DROP TABLE mail_outbox;
