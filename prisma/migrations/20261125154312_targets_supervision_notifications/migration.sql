-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "params" JSONB NOT NULL,
    "link" VARCHAR(200) NOT NULL,
    "subject_type" VARCHAR(40) NOT NULL,
    "subject_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "definition" VARCHAR(2000) NOT NULL,
    "target_value" DOUBLE PRECISION NOT NULL,
    "start_date" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "metric" VARCHAR(32),
    "position" INTEGER NOT NULL DEFAULT 0,
    "row_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_department" (
    "target_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,

    CONSTRAINT "target_department_pkey" PRIMARY KEY ("target_id","department_id")
);

-- CreateTable
CREATE TABLE "target_report" (
    "id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "numerator" INTEGER NOT NULL,
    "denominator" INTEGER NOT NULL,
    "note" VARCHAR(2000) NOT NULL DEFAULT '',
    "state" VARCHAR(16) NOT NULL,
    "due_date" DATE NOT NULL,
    "review_comment" VARCHAR(1000),
    "reported_by_id" UUID NOT NULL,
    "reviewed_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "reviewed_at" TIMESTAMPTZ(3),
    "row_version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "target_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_snapshot" (
    "target_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "numerator" INTEGER NOT NULL,
    "denominator" INTEGER NOT NULL,
    "by_department" JSONB NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "target_snapshot_pkey" PRIMARY KEY ("target_id","day")
);

-- CreateTable
CREATE TABLE "work_task" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "section" VARCHAR(100) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" VARCHAR(4000) NOT NULL,
    "lead_units" TEXT[],
    "responsible_units" TEXT[],
    "deadline_text" VARCHAR(100) NOT NULL,
    "deadline" DATE NOT NULL,
    "whole_year" BOOLEAN NOT NULL DEFAULT false,
    "status" VARCHAR(16) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "row_version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "work_task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_task_department" (
    "task_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "role" VARCHAR(16) NOT NULL,

    CONSTRAINT "work_task_department_pkey" PRIMARY KEY ("task_id","department_id","role")
);

-- CreateTable
CREATE TABLE "work_task_target" (
    "task_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,

    CONSTRAINT "work_task_target_pkey" PRIMARY KEY ("task_id","target_id")
);

-- CreateTable
CREATE TABLE "work_task_update" (
    "id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "progress" INTEGER NOT NULL,
    "text" VARCHAR(2000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "work_task_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_notice" (
    "id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "subject_type" VARCHAR(24) NOT NULL,
    "subject_id" UUID,
    "subject_label" VARCHAR(200) NOT NULL,
    "text" VARCHAR(2000) NOT NULL,
    "reply_due_date" DATE NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "reply" VARCHAR(2000),
    "replied_at" TIMESTAMPTZ(3),
    "replied_by_id" UUID,
    "sent_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "row_version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "supervision_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_user_id_created_at_idx" ON "notification"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_idx" ON "notification"("user_id", "read_at");

-- CreateIndex
CREATE UNIQUE INDEX "target_code_key" ON "target"("code");

-- CreateIndex
CREATE INDEX "target_department_department_id_idx" ON "target_department"("department_id");

-- CreateIndex
CREATE INDEX "target_report_target_id_department_id_state_idx" ON "target_report"("target_id", "department_id", "state");

-- CreateIndex
CREATE INDEX "target_report_state_due_date_idx" ON "target_report"("state", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "work_task_number_key" ON "work_task"("number");

-- CreateIndex
CREATE INDEX "work_task_department_department_id_idx" ON "work_task_department"("department_id");

-- CreateIndex
CREATE INDEX "work_task_update_task_id_created_at_idx" ON "work_task_update"("task_id", "created_at");

-- CreateIndex
CREATE INDEX "supervision_notice_department_id_state_idx" ON "supervision_notice"("department_id", "state");

-- CreateIndex
CREATE INDEX "supervision_notice_state_reply_due_date_idx" ON "supervision_notice"("state", "reply_due_date");

-- CreateIndex
CREATE INDEX "information_resource_formation_date_provider_id_status_shar_idx" ON "information_resource"("formation_date", "provider_id", "status", "sharing_type");

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_department" ADD CONSTRAINT "target_department_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_department" ADD CONSTRAINT "target_department_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_report" ADD CONSTRAINT "target_report_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_report" ADD CONSTRAINT "target_report_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_snapshot" ADD CONSTRAINT "target_snapshot_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_task_department" ADD CONSTRAINT "work_task_department_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "work_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_task_department" ADD CONSTRAINT "work_task_department_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_task_target" ADD CONSTRAINT "work_task_target_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "work_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_task_target" ADD CONSTRAINT "work_task_target_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_task_update" ADD CONSTRAINT "work_task_update_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "work_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_notice" ADD CONSTRAINT "supervision_notice_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
