DROP TABLE landing_submissions;
DROP TABLE landing_pages;
