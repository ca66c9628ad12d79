include $(sort $(wildcard $(BR2_EXTERNAL_K8S_NODE_PATH)/package/*/*.mk))
