-- CreateTable
CREATE TABLE "information_resource" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "classification" VARCHAR(24) NOT NULL,
    "sequence" INTEGER NOT NULL,
    "provider_id" UUID NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" VARCHAR(200) NOT NULL,
    "abstract" VARCHAR(2000) NOT NULL DEFAULT '',
    "format" VARCHAR(32) NOT NULL,
    "format_detail" VARCHAR(50),
    "sharing_type" VARCHAR(16) NOT NULL,
    "sharing_condition" VARCHAR(1000),
    "sharing_basis" VARCHAR(1000),
    "sharing_methods" TEXT[],
    "open_attribute" VARCHAR(16) NOT NULL,
    "open_condition" VARCHAR(1000),
    "update_cycle" VARCHAR(16) NOT NULL,
    "publish_date" DATE,
    "formation_date" DATE NOT NULL,
    "related_codes" TEXT[],
    "search_tokens" TEXT[],
    "search_text" TEXT NOT NULL DEFAULT '',
    "review_comment" VARCHAR(1000),
    "published_at" TIMESTAMPTZ(3),
    "retired_at" TIMESTAMPTZ(3),
    "row_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "information_resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_data_item" (
    "id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "data_type" VARCHAR(16) NOT NULL,
    "length" INTEGER,
    "description" VARCHAR(500) NOT NULL DEFAULT '',

    CONSTRAINT "resource_data_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_version" (
    "id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "content" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_comment" VARCHAR(1000),

    CONSTRAINT "resource_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "information_resource_code_key" ON "information_resource"("code");

-- CreateIndex
CREATE INDEX "information_resource_provider_id_status_idx" ON "information_resource"("provider_id", "status");

-- CreateIndex
CREATE INDEX "information_resource_status_publish_date_idx" ON "information_resource"("status", "publish_date");

-- CreateIndex
CREATE INDEX "information_resource_search_tokens_idx" ON "information_resource" USING GIN ("search_tokens");

-- CreateIndex
CREATE INDEX "information_resource_name_idx" ON "information_resource"("name");

-- CreateIndex
CREATE UNIQUE INDEX "information_resource_classification_sequence_key" ON "information_resource"("classification", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "resource_data_item_resource_id_position_key" ON "resource_data_item"("resource_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "resource_version_resource_id_version_key" ON "resource_version"("resource_id", "version");

-- AddForeignKey
ALTER TABLE "information_resource" ADD CONSTRAINT "information_resource_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_data_item" ADD CONSTRAINT "resource_data_item_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "information_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_version" ADD CONSTRAINT "resource_version_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "information_resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
