-- Issue 19. The fee of an exam window is data (exam-catalogue windows.csv): a payment must match it
-- exactly. Nullable so that a window loaded before this column (or a test window without one) refuses
-- payment with a clear reason instead of accepting any amount. Numbered after V30 (analytics) and
-- V31-V32 (draw, scheduled nights): Flyway refuses a lower version that arrives later.
ALTER TABLE exam_windows ADD COLUMN fee numeric(8,2) CHECK (fee > 0);
