-- A decision is done (已落实) on the day its supervision task is signed off, and open again when the task is reopened.
alter table consultations.decision add column done_on date;
