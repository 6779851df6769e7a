-- A request that is not booked may be withdrawn (RequestWithdrawn): it leaves the waiting list and is
-- over, so its status reads WITHDRAWN. Null while the request stands.
ALTER TABLE appointment_request ADD COLUMN withdrawn_at TIMESTAMPTZ;
