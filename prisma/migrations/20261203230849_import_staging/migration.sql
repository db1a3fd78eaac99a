-- CreateTable
CREATE TABLE "import_staging_row" (
    "import_id" UUID NOT NULL,
    "sheet" SMALLINT NOT NULL,
    "position" INTEGER NOT NULL,
    "resource_key" TEXT,
    "rows" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_staging_row_pkey" PRIMARY KEY ("import_id","sheet","position")
);

-- CreateIndex
CREATE INDEX "import_staging_row_import_id_resource_key_idx" ON "import_staging_row"("import_id", "resource_key");

-- Staged rows are thrown away after each import and worthless after a crash (the import failed):
-- no WAL for them, so that staging a file costs no log writes or flushes. The Prisma schema cannot
-- say UNLOGGED, and a later migrate diff does not see it (no apostrophes here: the engine splits
-- statements on quotes even in comments).
ALTER TABLE "import_staging_row" SET UNLOGGED;
