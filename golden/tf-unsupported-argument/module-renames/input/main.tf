resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  name                = "appdb"
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id          = "sessions"
  replication_group_description = "Session cache"
  node_type                     = "cache.t3.micro"
  number_cache_clusters         = 2
  availability_zones            = ["us-east-1a", "us-east-1b"]
  automatic_failover_enabled    = true
}
