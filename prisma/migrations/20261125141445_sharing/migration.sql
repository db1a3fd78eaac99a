-- CreateTable
CREATE TABLE "calendar_day" (
    "day" DATE NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "name" VARCHAR(50) NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "sharing_request" (
    "id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "requester_department_id" UUID NOT NULL,
    "requester_user_id" UUID NOT NULL,
    "provider_department_id" UUID NOT NULL,
    "sharing_type" VARCHAR(16) NOT NULL,
    "purpose" VARCHAR(1000) NOT NULL,
    "basis" VARCHAR(1000) NOT NULL,
    "method" VARCHAR(32) NOT NULL,
    "requested_items" TEXT[],
    "granted_items" TEXT[],
    "use_until" DATE,
    "state" VARCHAR(24) NOT NULL,
    "due_date" DATE,
    "escalated_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "revoke_reason" VARCHAR(1000),
    "row_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sharing_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sharing_step" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "actor_id" UUID,
    "actor_label" VARCHAR(100) NOT NULL,
    "text" VARCHAR(2000),
    "items" TEXT[],
    "idempotency_key" VARCHAR(100),
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sharing_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objection" (
    "id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "provider_department_id" UUID NOT NULL,
    "reporter_department_id" UUID NOT NULL,
    "reporter_user_id" UUID NOT NULL,
    "items" TEXT[],
    "description" VARCHAR(2000) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "due_date" DATE NOT NULL,
    "answer" VARCHAR(2000),
    "answered_at" TIMESTAMPTZ(3),
    "row_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "objection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sharing_request_requester_department_id_state_idx" ON "sharing_request"("requester_department_id", "state");

-- CreateIndex
CREATE INDEX "sharing_request_provider_department_id_state_idx" ON "sharing_request"("provider_department_id", "state");

-- CreateIndex
CREATE INDEX "sharing_request_state_due_date_idx" ON "sharing_request"("state", "due_date");

-- CreateIndex
CREATE INDEX "sharing_request_resource_id_idx" ON "sharing_request"("resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "sharing_step_idempotency_key_key" ON "sharing_step"("idempotency_key");

-- CreateIndex
CREATE INDEX "sharing_step_request_id_at_idx" ON "sharing_step"("request_id", "at");

-- CreateIndex
CREATE INDEX "objection_provider_department_id_state_idx" ON "objection"("provider_department_id", "state");

-- CreateIndex
CREATE INDEX "objection_state_due_date_idx" ON "objection"("state", "due_date");

-- AddForeignKey
ALTER TABLE "sharing_request" ADD CONSTRAINT "sharing_request_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "information_resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sharing_request" ADD CONSTRAINT "sharing_request_requester_department_id_fkey" FOREIGN KEY ("requester_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sharing_step" ADD CONSTRAINT "sharing_step_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "sharing_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objection" ADD CONSTRAINT "objection_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "information_resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
