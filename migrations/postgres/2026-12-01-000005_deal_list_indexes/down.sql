DROP INDEX deals_status_value;
DROP INDEX deals_submitter;
